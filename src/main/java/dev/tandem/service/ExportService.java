// SPDX-License-Identifier: Apache-2.0
package dev.tandem.service;

import dev.tandem.model.Document;
import dev.tandem.model.Project;
import dev.tandem.model.SentencePair;
import dev.tandem.tmx.SentenceJoiner;
import dev.tandem.tmx.TmxHeader;
import dev.tandem.tmx.TmxUnit;
import dev.tandem.tmx.TmxWriter;
import io.quarkus.hibernate.orm.panache.Panache;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.io.BufferedWriter;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Streams pairs out as TMX or TSV. Pairs are read in chunks and the persistence context is cleared after each,
 * so memory stays flat however large the export.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class ExportService {
    private static final int CHUNK = 500;

    @ConfigProperty(name = "quarkus.application.version", defaultValue = "dev")
    String version;

    /** Writes the selected pairs of the given documents (all of one project) to {@code out}. */
    @Transactional
    public void export(long projectId, List<Long> documentIds, ExportFormat format, ExportSelection selection,
                       OutputStream out) {
        Project project = Project.findById(projectId);
        switch (format) {
            case TMX -> writeTmx(project, documentIds, selection, out);
            case TSV -> writeTsv(project, documentIds, selection, out);
        }
    }

    private void writeTmx(Project project, List<Long> documentIds, ExportSelection selection, OutputStream out) {
        var header = new TmxHeader("Tandem", version, project.sourceLanguage, "en", "Tandem", Instant.now());
        try (TmxWriter tmx = TmxWriter.open(out, header, project.targetLanguage)) {
            forEachUnit(project, documentIds, selection, (document, pair, source, target) -> {
                Map<String, String> props = new LinkedHashMap<>();
                props.put("x-document", document.title);
                props.put("x-document-id", String.valueOf(document.id));
                props.put("x-position", String.valueOf(pair.position()));
                props.put("x-status", pair.status().name());
                props.put("x-confidence", String.format(Locale.ROOT, "%.3f", pair.confidence()));
                tmx.unit(new TmxUnit(source, target, props));
            });
        }
    }

    private void writeTsv(Project project, List<Long> documentIds, ExportSelection selection, OutputStream out) {
        Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
        forEachUnit(project, documentIds, selection, (document, pair, source, target) -> {
            try {
                writer.write(Tsv.escape(source));
                writer.write('\t');
                writer.write(Tsv.escape(target));
                writer.write('\n');
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        try {
            writer.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @FunctionalInterface
    private interface UnitSink {
        void accept(Document document, PairView pair, String source, String target);
    }

    /** Feeds every selected pair whose two sides are non-empty, joined the way each language writes. */
    private void forEachUnit(Project project, List<Long> documentIds, ExportSelection selection, UnitSink sink) {
        for (long documentId : documentIds) {
            long from = Long.MIN_VALUE;
            while (true) {
                Document document = Document.findById(documentId);
                List<SentencePair> chunk = SentencePair.find(
                                "document = ?1 and status in ?2 and ord >= ?3 and sourceCount > 0"
                                        + " and targetCount > 0",
                                Sort.by("ord"), document, selection.statuses(), from)
                        .page(0, CHUNK).list();
                if (chunk.isEmpty()) {
                    break;
                }
                for (PairView pair : DocumentService.views(document, chunk)) {
                    String source = SentenceJoiner.join(project.sourceLanguage, texts(pair.source()));
                    String target = SentenceJoiner.join(project.targetLanguage, texts(pair.target()));
                    sink.accept(document, pair, source, target);
                }
                from = chunk.get(chunk.size() - 1).ord + 1;
                Panache.getEntityManager().clear();
            }
        }
    }

    private static List<String> texts(List<SentenceView> sentences) {
        return sentences.stream().map(SentenceView::text).toList();
    }
}
