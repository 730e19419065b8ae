// SPDX-License-Identifier: Apache-2.0
package dev.tandem.service;

import dev.tandem.formats.SrxReader;
import dev.tandem.formats.SrxWriter;
import dev.tandem.formats.UnreadableDocumentException;
import dev.tandem.model.Project;
import dev.tandem.model.SegmentationRules;
import dev.tandem.security.CurrentUser;
import dev.tandem.segment.Abbreviations;
import dev.tandem.segment.Segmenter;
import dev.tandem.segment.Segmenters;
import dev.tandem.segment.SrxDocument;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A project's own segmentation rules (SRX 2.0): read, checked, stored, and compiled into segmenters. A project
 * without rules of its own splits with the built-in segmenter, unchanged; {@link #segmenter} is then empty.
 */
@ApplicationScoped
public class ProjectSegmentation {
    /** The largest SRX document accepted; OmegaT's rules for 40 languages take 150 kB. */
    public static final int MAX_SRX_BYTES = 2 << 20;

    /** Compiled rules per project, by the version they were compiled from. */
    private final Map<Long, Compiled> compiled = new ConcurrentHashMap<>();

    private volatile String builtInXml;

    @Inject
    CurrentUser user;

    /** The rules and the segmenters built from them so far, one per language. */
    private record Compiled(long version, SrxDocument rules, Map<String, Segmenter> byLanguage) {
        Segmenter forLanguage(String language) {
            return byLanguage.computeIfAbsent(language, tag -> Segmenters.forRules(rules, tag));
        }
    }

    /** The project's SRX document as stored, if it has rules of its own. */
    @Transactional
    public Optional<String> findRules(long projectId) {
        return SegmentationRules.findForProject(projectId).map(rules -> rules.srx);
    }

    /** Tandem's built-in rules as an SRX 2.0 document. */
    public String builtInRules() {
        String xml = builtInXml;
        if (xml == null) {
            xml = SrxWriter.write(Segmenters.builtInRules());
            builtInXml = xml;
        }
        return xml;
    }

    /**
     * Reads and checks an SRX 2.0 document in full.
     *
     * @throws InvalidInputException naming the line and the rule at fault
     * @throws PayloadTooLargeException over {@link #MAX_SRX_BYTES}
     */
    public SrxDocument parse(byte[] srx) {
        if (srx.length > MAX_SRX_BYTES) {
            throw new PayloadTooLargeException("The SRX document has " + srx.length + " bytes; the limit is "
                    + MAX_SRX_BYTES + ". Remove rules that the project's languages do not need.");
        }
        if (srx.length == 0) {
            throw new InvalidInputException("srx", "The request has no SRX document: send the rules as SRX 2.0 XML.");
        }
        try {
            return SrxReader.read(new ByteArrayInputStream(srx));
        } catch (UnreadableDocumentException e) {
            throw new InvalidInputException("srx", e.getMessage());
        }
    }

    /** Stores {@code srx}, checked by {@link #parse} first: a refused document stores nothing. */
    @Transactional
    public SrxDocument replaceRules(long projectId, byte[] srx) {
        SrxDocument rules = parse(srx);
        Project project = Project.findById(projectId);
        if (project == null) {
            throw new NotFoundException("project", projectId);
        }
        SegmentationRules row = SegmentationRules.findForProject(projectId).orElseGet(() -> {
            SegmentationRules created = new SegmentationRules();
            created.projectId = projectId;
            return created;
        });
        row.srx = new String(srx, StandardCharsets.UTF_8);
        row.version++;
        row.updatedBy = user.username().isEmpty() ? null : user.username();
        row.updatedAt = OffsetDateTime.now(ZoneOffset.UTC);
        row.persist();
        user.audit("segmentation-replace", "project " + projectId, rules.languageRules().size() + " language rules");
        return rules;
    }

    /** The rules in force: the project's own, or the built-in ones. */
    @Transactional
    public SrxDocument currentRules(long projectId) {
        return findRules(projectId).map(xml -> parse(xml.getBytes(StandardCharsets.UTF_8)))
                .orElseGet(Segmenters::builtInRules);
    }

    /** {@code language} checked as a BCP 47 tag (400 naming the field), or {@code fallback} when it is absent. */
    public static String languageOr(String language, String fallback) {
        if (language == null || language.isBlank()) {
            return fallback;
        }
        InvalidInputException.checked("language", () -> Segmenters.forLanguage(language));
        return language.strip();
    }

    /** {@code language}'s abbreviations in the rules in force, as a plain list ("Dr.", "No. numeric"). */
    public List<String> listAbbreviations(long projectId, String language) {
        return currentRules(projectId).languageRule(Abbreviations.ruleName(language))
                .map(rule -> Abbreviations.entries(rule.rules())).orElse(List.of());
    }

    /**
     * Stores the rules in force with {@code language}'s abbreviations replaced by {@code entries} (the project's
     * SRX is written anew: comments and layout of an uploaded document are not kept).
     */
    @Transactional
    public SrxDocument replaceAbbreviations(long projectId, String language, List<String> entries) {
        SrxDocument rules = InvalidInputException.checked("abbreviations",
                () -> Abbreviations.replace(currentRules(projectId), language, entries));
        return replaceRules(projectId, SrxWriter.write(rules).getBytes(StandardCharsets.UTF_8));
    }

    /** Returns the project to the built-in rules; true if it had rules of its own. */
    @Transactional
    public boolean deleteRules(long projectId) {
        boolean deleted = SegmentationRules.deleteById(projectId);
        if (deleted) {
            user.audit("segmentation-delete", "project " + projectId, "back to the built-in rules");
        }
        compiled.remove(projectId);
        return deleted;
    }

    /**
     * The segmenter of the project's own rules for {@code language}, or empty when the project has none (the
     * built-in segmenter applies). Reads only the rules' version unless they changed since last compiled.
     */
    @Transactional
    public Optional<Segmenter> segmenter(long projectId, String language) {
        Optional<Long> version = SegmentationRules.versionOf(projectId);
        if (version.isEmpty()) {
            compiled.remove(projectId);
            return Optional.empty();
        }
        Compiled current = compiled.get(projectId);
        if (current == null || current.version() != version.get()) {
            SegmentationRules row = SegmentationRules.findForProject(projectId).orElseThrow();
            current = new Compiled(row.version, parse(row.srx.getBytes(StandardCharsets.UTF_8)),
                    new ConcurrentHashMap<>());
            compiled.put(projectId, current);
        }
        return Optional.of(current.forLanguage(language));
    }

    /** Removes the project's rules (part of the project's deletion). */
    static void deleteAll(Project project) {
        SegmentationRules.deleteById(project.id);
    }
}
