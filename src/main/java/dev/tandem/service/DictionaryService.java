// SPDX-License-Identifier: Apache-2.0
package dev.tandem.service;

import dev.tandem.formats.DictionaryContent;
import dev.tandem.formats.DictionaryEntry;
import dev.tandem.formats.DictionaryFormatException;
import dev.tandem.formats.DictionaryReader;
import dev.tandem.model.Dictionary;
import dev.tandem.model.LexiconEntry;
import dev.tandem.model.Project;
import dev.tandem.security.CurrentUser;
import io.quarkus.logging.Log;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Bilingual dictionaries uploaded to a project, stored as word translations its alignments can use: read, turned
 * round when they run from the project's target language to its source, and stored in one transaction with the
 * dictionary they belong to, so that a refused upload stores nothing.
 */
@ApplicationScoped
public class DictionaryService {
    static final int MAX_ENTRIES = 1_000_000;
    private static final int MAX_FIELD = 200;

    @Inject
    CurrentUser user;

    @Inject
    DictionaryLanguages languages;

    /**
     * What an upload stored: the dictionary ({@code entries} stored, {@code skipped} left out, with the reasons of the
     * first few in {@code skippedExamples}) and how many entries the project has now.
     */
    public record DictionaryImport(long id, String format, String origin, int entries, int skipped, boolean reversed,
                                   List<String> skippedExamples, long projectEntries) {
    }

    /**
     * Stores the entries of a TSV or CC-CEDICT dictionary ({@code format}: {@code tsv}, {@code cedict}, or null to
     * tell by the file name and content). Reading and judging happen outside any transaction; storing in one.
     */
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public DictionaryImport importText(ProjectLanguages project, String fileName, String format, String text) {
        String chosen = format == null || format.isBlank() ? detect(fileName, text) : format.strip().toLowerCase(Locale.ROOT);
        try {
            DictionaryContent content = switch (chosen) {
                case "tsv" -> DictionaryReader.readTsv(text, MAX_ENTRIES);
                case "cedict" -> DictionaryReader.readCedict(text, MAX_ENTRIES);
                default -> throw new InvalidInputException("format", "format '" + format
                        + "' is unknown: use tsv, cedict or dictd (with index and dict files).");
            };
            return store(project, chosen, fileName, content, "file");
        } catch (DictionaryFormatException e) {
            throw new InvalidInputException("file", "The dictionary cannot be read: " + e.getMessage());
        }
    }

    /** Stores the entries of a dictd dictionary (FreeDict): its {@code .index} text and {@code .dict(.dz)} bytes. */
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public DictionaryImport importDictd(ProjectLanguages project, String fileName, String index, byte[] dict) {
        try {
            return store(project, "dictd", fileName, DictionaryReader.readDictd(index, dict, MAX_ENTRIES), "index");
        } catch (DictionaryFormatException e) {
            throw new InvalidInputException("index", "The dictionary cannot be read: " + e.getMessage());
        }
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<DictionaryView> listDictionaries(long projectId) {
        return Dictionary.listByProject(projectId).stream().map(DictionaryView::of).toList();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public DictionaryView getDictionary(long projectId, long dictionaryId) {
        return DictionaryView.of(find(projectId, dictionaryId));
    }

    /** Removes the dictionary with its entries. */
    @Transactional
    public void deleteDictionary(long projectId, long dictionaryId) {
        Dictionary dictionary = find(projectId, dictionaryId);
        long removed = LexiconEntry.delete("dictionary", dictionary);
        dictionary.delete();
        user.audit("dictionary-delete", "project " + projectId, dictionary.format + " " + dictionary.origin + ", "
                + removed + " entries");
    }

    /** Deletes every dictionary of a project that is being deleted. */
    static void deleteAll(Project project) {
        LexiconEntry.delete("project", project);
        Dictionary.delete("project", project);
    }

    private DictionaryImport store(ProjectLanguages project, String format, String fileName, DictionaryContent content,
                                   String field) {
        List<DictionaryEntry> entries = new ArrayList<>(content.entries().size());
        for (DictionaryEntry entry : content.entries()) {
            // Entries longer than a phrase are glosses, not translations a sentence aligner can match.
            if (entry.source().length() <= MAX_FIELD && entry.target().length() <= MAX_FIELD) {
                entries.add(entry);
            }
        }
        int skipped = content.skipped() + content.entries().size() - entries.size();
        List<String> examples = new ArrayList<>(content.skippedExamples());
        if (examples.size() < 3 && entries.size() < content.entries().size()) {
            DictionaryEntry gloss = content.entries().stream()
                    .filter(e -> e.source().length() > MAX_FIELD || e.target().length() > MAX_FIELD).findFirst().orElseThrow();
            examples.add((content.entries().size() - entries.size()) + " entries longer than " + MAX_FIELD
                    + " characters on a side were left out (glosses, not translations), the first: \""
                    + abbreviated(gloss.source()) + "\".");
        }
        if (entries.isEmpty()) {
            throw new InvalidInputException(field, "The dictionary has no entries"
                    + (skipped > 0 ? ": all " + skipped + " were left out" : "") + "."
                    + (examples.isEmpty() ? "" : " " + examples.get(0)));
        }
        boolean reversed = languages.reversed(entries, project, field);
        if (reversed) {
            entries.replaceAll(entry -> new DictionaryEntry(entry.target(), entry.source()));
        }
        String origin = fileName == null || fileName.isBlank() ? format : fileName.strip();
        String shortOrigin = origin.length() > MAX_FIELD ? origin.substring(0, MAX_FIELD) : origin;
        long started = System.nanoTime();
        DictionaryImport result = QuarkusTransaction.requiringNew().call(() -> {
            Project owner = Project.<Project>findByIdOptional(project.id())
                    .orElseThrow(() -> new NotFoundException("project", project.id()));
            refuseDuplicate(owner, format, entries);
            var dictionary = new Dictionary();
            dictionary.project = owner;
            dictionary.format = format;
            dictionary.origin = shortOrigin;
            dictionary.entries = entries.size();
            dictionary.skipped = skipped;
            dictionary.reversed = reversed;
            dictionary.uploadedBy = user.username();
            dictionary.uploadedAt = OffsetDateTime.now(ZoneOffset.UTC);
            dictionary.persistAndFlush();
            LexiconRows.insert(Dictionary.getEntityManager(), project.id(), dictionary.id, entries);
            user.audit("dictionary-upload", "project " + project.id(), format + " " + shortOrigin + ", "
                    + entries.size() + " entries" + (reversed ? ", reversed" : ""));
            return new DictionaryImport(dictionary.id, format, shortOrigin, entries.size(), skipped, reversed,
                    examples, LexiconEntry.countByProject(owner));
        });
        Log.infof("Stored %s entries of %s in %s ms", entries.size(), shortOrigin, (System.nanoTime() - started) / 1_000_000);
        return result;
    }

    /**
     * Refuses entries the project has already, as a dictionary of the same format and entry count with the same
     * entries in the same order (found by use: the same file uploaded twice was stored twice, silently).
     */
    private static void refuseDuplicate(Project project, String format, List<DictionaryEntry> entries) {
        for (Dictionary other : Dictionary.<Dictionary>list("project = ?1 and format = ?2 and entries = ?3", project,
                format, entries.size())) {
            List<Object[]> stored = LexiconEntry.getEntityManager().createQuery("select e.source, e.target from"
                    + " LexiconEntry e where e.dictionary = ?1 order by e.id", Object[].class)
                    .setParameter(1, other).getResultList();
            boolean same = true;
            for (int i = 0; same && i < stored.size(); i++) {
                same = stored.get(i)[0].equals(entries.get(i).source()) && stored.get(i)[1].equals(entries.get(i).target());
            }
            if (same) {
                throw new DuplicateDictionaryException("The project has this dictionary already: \"" + other.origin
                        + "\", " + other.entries + " entries, uploaded by " + other.uploadedBy + " on "
                        + other.uploadedAt.toLocalDate() + ". Remove it first to upload it again.");
            }
        }
    }

    private static String abbreviated(String text) {
        return text.length() <= 60 ? text : text.substring(0, 60) + "…";
    }

    private static Dictionary find(long projectId, long dictionaryId) {
        Dictionary dictionary = Dictionary.findById(dictionaryId);
        if (dictionary == null || dictionary.project.id != projectId) {
            throw new NotFoundException("dictionary", dictionaryId);
        }
        return dictionary;
    }

    /**
     * The format of a text dictionary, by its first lines: CC-CEDICT entries, or tab-separated ones; the file name
     * ({@code cedict} in it) decides only when they show neither (a TSV named cedict300k.tsv was read as CC-CEDICT).
     */
    private static String detect(String fileName, String text) {
        List<String> head = text.lines().filter(l -> !l.startsWith("#") && !l.isBlank()).limit(5).toList();
        if (head.stream().anyMatch(DictionaryReader::isCedictLine)) {
            return "cedict";
        }
        String name = fileName == null ? "" : fileName.toLowerCase(Locale.ROOT);
        return name.contains("cedict") && head.stream().noneMatch(l -> l.contains("\t")) ? "cedict" : "tsv";
    }
}
