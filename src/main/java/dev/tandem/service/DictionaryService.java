// SPDX-License-Identifier: Apache-2.0
package dev.tandem.service;

import dev.tandem.security.CurrentUser;
import dev.tandem.formats.DictionaryEntry;
import dev.tandem.formats.DictionaryFormatException;
import dev.tandem.formats.DictionaryReader;
import dev.tandem.model.LexiconEntry;
import dev.tandem.model.Project;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Locale;

/** Bilingual dictionaries uploaded to a project, stored as word translations its alignments can use. */
@ApplicationScoped
@Transactional
public class DictionaryService {
    static final int MAX_ENTRIES = 1_000_000;
    private static final int MAX_FIELD = 200;

    @Inject
    CurrentUser user;

    /** What an upload added. */
    public record DictionaryImport(String format, String origin, int entries, int skipped, long projectEntries) {
    }

    /**
     * Stores the entries of a TSV or CC-CEDICT dictionary ({@code format}: {@code tsv}, {@code cedict}, or null to
     * tell by the file name and content). All or nothing: a malformed line stores no entry at all.
     */
    public DictionaryImport importText(long projectId, String fileName, String format, String text) {
        Project project = project(projectId);
        String chosen = format == null || format.isBlank() ? detect(fileName, text) : format.strip().toLowerCase(Locale.ROOT);
        try {
            List<DictionaryEntry> entries = switch (chosen) {
                case "tsv" -> DictionaryReader.readTsv(text, MAX_ENTRIES);
                case "cedict" -> DictionaryReader.readCedict(text, MAX_ENTRIES);
                default -> throw new InvalidInputException("format", "format '" + format
                        + "' is unknown: use tsv, cedict or dictd (with index and dict files).");
            };
            return store(project, chosen, fileName, entries);
        } catch (DictionaryFormatException e) {
            throw new InvalidInputException("file", "The dictionary cannot be read: " + e.getMessage());
        }
    }

    /** Stores the entries of a dictd dictionary (FreeDict): its {@code .index} text and {@code .dict(.dz)} bytes. */
    public DictionaryImport importDictd(long projectId, String fileName, String index, byte[] dict) {
        Project project = project(projectId);
        try {
            return store(project, "dictd", fileName, DictionaryReader.readDictd(index, dict, MAX_ENTRIES));
        } catch (DictionaryFormatException e) {
            throw new InvalidInputException("index", "The dictionary cannot be read: " + e.getMessage());
        }
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public long countEntries(long projectId) {
        return LexiconEntry.countByProject(project(projectId));
    }

    private DictionaryImport store(Project project, String format, String fileName, List<DictionaryEntry> entries) {
        if (entries.isEmpty()) {
            throw new InvalidInputException("file", "The dictionary has no entries.");
        }
        String origin = fileName == null || fileName.isBlank() ? format : fileName.strip();
        origin = origin.length() > MAX_FIELD ? origin.substring(0, MAX_FIELD) : origin;
        int stored = 0;
        for (DictionaryEntry entry : entries) {
            // Entries longer than a phrase are glosses, not translations a sentence aligner can match.
            if (entry.source().length() > MAX_FIELD || entry.target().length() > MAX_FIELD) {
                continue;
            }
            var row = new LexiconEntry();
            row.project = project;
            row.source = entry.source();
            row.target = entry.target();
            row.origin = origin;
            row.persist();
            if (++stored % 1000 == 0) {
                LexiconEntry.flush();
                LexiconEntry.getEntityManager().clear();
                project = Project.findById(project.id);
            }
        }
        LexiconEntry.flush();
        user.audit("dictionary-upload", "project " + project.id, format + " " + origin + ", " + stored + " entries");
        return new DictionaryImport(format, origin, stored, entries.size() - stored,
                LexiconEntry.countByProject(Project.findById(project.id)));
    }

    private static String detect(String fileName, String text) {
        String name = fileName == null ? "" : fileName.toLowerCase(Locale.ROOT);
        if (name.contains("cedict") || text.lines().filter(l -> !l.startsWith("#") && !l.isBlank()).limit(5)
                .anyMatch(l -> l.matches("^\\S+\\s+\\S+\\s+\\[[^\\]]*\\]\\s+/.*/\\s*$"))) {
            return "cedict";
        }
        return "tsv";
    }

    private static Project project(long id) {
        return Project.<Project>findByIdOptional(id).orElseThrow(() -> new NotFoundException("project", id));
    }
}
