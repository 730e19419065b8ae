// SPDX-License-Identifier: Apache-2.0
package dev.tandem.service;

import dev.tandem.align.AlignmentProgress;
import dev.tandem.align.Bead;
import dev.tandem.align.Lexicon;
import dev.tandem.align.SideText;
import dev.tandem.config.TandemConfig;
import dev.tandem.formats.ColumnPairs;
import dev.tandem.formats.FileFormat;
import dev.tandem.formats.UnreadableDocumentException;
import dev.tandem.formats.XliffContent;
import dev.tandem.formats.XliffReader;
import dev.tandem.segment.Segment;
import dev.tandem.tmx.TmxContent;
import dev.tandem.tmx.TmxFormatException;
import dev.tandem.tmx.TmxReader;
import dev.tandem.tmx.TmxUnit;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;

/**
 * The slow half of an import, run with no transaction open: read the texts, segment them, learn the project's
 * lexicon and align. The result is stored in one short transaction by {@link DocumentStore}, so an import never
 * holds a transaction (or its timeout) for the minutes a large document takes to align.
 */
@ApplicationScoped
public class ImportPreparation {
    static final int MAX_TITLE_LENGTH = 300;
    /** Shares of the preparation done once both sides are segmented, and once the project's lexicon is learned. */
    private static final double SEGMENTED = 0.06;
    private static final double LEARNED = 0.1;

    @Inject
    AlignmentService alignment;

    @Inject
    TandemConfig config;

    @Inject
    ProjectLexicons lexicons;

    /** Checks what can be checked at once (texts present and within limits, a known segmentation). */
    public TextImport checkTexts(ProjectLanguages project, DocumentInput input) {
        Segmentation segmentation = Segmentation.parse(input.segmentation());
        String sourceText = requireText("sourceText", input.sourceText());
        String targetText = requireText("targetText", input.targetText());
        String title = input.title() == null ? "" : input.title().strip();
        if (!title.isEmpty()) {
            checkTitle(title);
        }
        return new TextImport(project, title, sourceText, targetText, segmentation);
    }

    /** Two texts of a document, checked and waiting to be segmented and aligned. */
    public record TextImport(ProjectLanguages project, String title, String sourceText, String targetText,
                             Segmentation segmentation) {
        public long characters() {
            return (long) sourceText.length() + targetText.length();
        }
    }

    /**
     * Segments both texts as {@link #prepare} would, without aligning or storing anything: the first sentences of
     * each side, their counts and how their line breaks were read.
     */
    public ImportPreview preview(TextImport input) {
        ProjectLanguages project = input.project();
        List<Segment> sourceSegments = alignment.segment(input.sourceText(), project.sourceLanguage(),
                input.segmentation(), project.id());
        List<Segment> targetSegments = alignment.segment(input.targetText(), project.targetLanguage(),
                input.segmentation(), project.id());
        String segmentation = input.segmentation().wireName();
        return new ImportPreview(ImportPreview.side(input.sourceText(), sourceSegments),
                ImportPreview.side(input.targetText(), targetSegments),
                LineBreakReading.of(LineBreakReading.codeOf(segmentation, input.sourceText()),
                        LineBreakReading.codeOf(segmentation, input.targetText())));
    }

    /** A bilingual file's units as they would be imported (read in full, so that its errors show), unstored. */
    public ImportPreview preview(PreparedImport prepared) {
        return ImportPreview.of(prepared);
    }

    /** Segments both texts and aligns them with the project's lexicon, telling {@code progress} how far it is. */
    public PreparedImport prepare(TextImport input, AlignmentProgress progress) {
        return prepare(input, null, progress);
    }

    /**
     * As above, for the new content of document {@code replacing} (its text split again): that document's unreviewed
     * pairs are not learned from, being an earlier alignment of the same text.
     */
    public PreparedImport prepare(TextImport input, Long replacing, AlignmentProgress progress) {
        ProjectLanguages project = input.project();
        List<Segment> sourceSegments = alignment.segment(input.sourceText(), project.sourceLanguage(),
                input.segmentation(), project.id());
        progress.report(SEGMENTED / 2);
        List<Segment> targetSegments = alignment.segment(input.targetText(), project.targetLanguage(),
                input.segmentation(), project.id());
        progress.report(SEGMENTED);
        List<String> sourceSentences = AlignmentService.texts(input.sourceText(), sourceSegments);
        List<String> targetSentences = AlignmentService.texts(input.targetText(), targetSegments);
        var sourceSide = new SideText(project.sourceLanguage(), sourceSentences,
                AlignmentService.paragraphs(sourceSegments));
        var targetSide = new SideText(project.targetLanguage(), targetSentences,
                AlignmentService.paragraphs(targetSegments));
        Lexicon lexicon = lexicons.forAlignment(project.id(), replacing, sourceSentences, targetSentences);
        progress.report(LEARNED);
        List<Bead> beads = alignment.align(sourceSide, targetSide, lexicon,
                fraction -> progress.report(LEARNED + (1 - LEARNED) * fraction));
        String title = input.title().isEmpty() ? titleFrom(sourceSentences) : input.title();
        String segmentation = input.segmentation().wireName();
        return new PreparedImport(project.id(), title, "text", segmentation,
                input.sourceText(), sourceSegments, sourceSentences,
                input.targetText(), targetSegments, targetSentences, beads, true, new BitSet(), new BitSet(),
                LineBreakReading.codeOf(segmentation, input.sourceText()),
                LineBreakReading.codeOf(segmentation, input.targetText()), project.targetLanguage(), null);
    }

    /**
     * A further translation of {@code original}, aligned to the original's sentences as they are now (its
     * segmentation is the pivot every translation shares). {@code input}'s source text is the original's; its project
     * languages carry the version's target language. The project's lexicon helps only a version into the project's
     * own target language: it knows no words of another.
     */
    public PreparedImport prepareVersion(TextImport input, Original original, AlignmentProgress progress) {
        ProjectLanguages project = input.project();
        List<Segment> targetSegments = alignment.segment(input.targetText(), project.targetLanguage(),
                input.segmentation(), project.id());
        progress.report(SEGMENTED);
        List<String> targetSentences = AlignmentService.texts(input.targetText(), targetSegments);
        var sourceSide = new SideText(project.sourceLanguage(), original.sentences(),
                AlignmentService.paragraphs(original.segments()));
        var targetSide = new SideText(project.targetLanguage(), targetSentences,
                AlignmentService.paragraphs(targetSegments));
        Lexicon lexicon = project.targetLanguage().equals(original.project().targetLanguage())
                ? lexicons.forAlignment(project.id(), null, original.sentences(), targetSentences) : Lexicon.EMPTY;
        progress.report(LEARNED);
        List<Bead> beads = alignment.align(sourceSide, targetSide, lexicon,
                fraction -> progress.report(LEARNED + (1 - LEARNED) * fraction));
        String segmentation = input.segmentation().wireName();
        return new PreparedImport(project.id(), input.title(), "text", segmentation,
                original.sourceText(), original.segments(), original.sentences(),
                input.targetText(), targetSegments, targetSentences, beads, true, new BitSet(), new BitSet(),
                original.sourceLineBreaks(), LineBreakReading.codeOf(segmentation, input.targetText()),
                project.targetLanguage(), original.id());
    }

    /**
     * A document's original as a further translation is aligned to it: its source text and its source sentences as
     * they are now (edits included), with the project's languages.
     */
    public record Original(long id, ProjectLanguages project, String title, String sourceText, List<Segment> segments,
                           List<String> sentences, String sourceLineBreaks) {
    }

    /**
     * A bilingual TMX file: each unit with text in both project languages becomes one source sentence, one target
     * sentence and a confirmed pair, since a translation memory holds translations already reviewed; a unit that
     * Tandem's own export marks unreviewed ({@code <prop type="x-status">AUTO</prop>}) stays unreviewed, so that
     * sending an export back does not turn the aligner's guesses into reviewed pairs, and one it marks
     * {@code REJECTED} stays rejected: a reviewer's verdict survives the round trip.
     */
    public PreparedImport prepareTmx(ProjectLanguages project, String title, InputStream tmx) {
        TmxContent content;
        try {
            content = TmxReader.read(tmx, project.sourceLanguage(), project.targetLanguage(), config.imports().maxSentences());
        } catch (TmxFormatException e) {
            throw new InvalidInputException("source", "The TMX file cannot be imported: " + e.getMessage());
        }
        if (content.units().isEmpty()) {
            throw new InvalidInputException("source", "The TMX file has no unit with text in both "
                    + project.sourceLanguage() + " and " + project.targetLanguage() + ".");
        }
        List<BilingualUnit> units = content.units().stream()
                .map(unit -> new BilingualUnit(unit.sourceText(), unit.targetText(), unreviewed(unit),
                        rejected(unit))).toList();
        return bilingual(project, bilingualTitle(title, "Translation memory"), "tmx", units,
                leftOut(content.codeOnlyUnits(), List.of()));
    }

    /** Whether a TMX unit carries Tandem's status of a pair no reviewer has confirmed. */
    private static boolean unreviewed(TmxUnit unit) {
        String status = unit.properties().get("x-status");
        return "AUTO".equals(status) || rejected(unit);
    }

    /** Whether a TMX unit carries Tandem's status of a pair a reviewer rejected. */
    private static boolean rejected(TmxUnit unit) {
        return "REJECTED".equals(unit.properties().get("x-status"));
    }

    /**
     * A bilingual XLIFF 1.2 or 2.0 file: each translated segment becomes a confirmed pair, as for TMX; a segment the
     * file says still awaits its translation or review ({@link dev.tandem.formats.XliffUnit#unreviewed()}) becomes an
     * unreviewed pair, so that reviewers see it and the project's lexicon does not learn from a placeholder. No pair
     * of a bilingual file has a confidence: the aligner did not score them, so none is confirmed as "confident".
     */
    public PreparedImport prepareXliff(ProjectLanguages project, String title, InputStream xliff) {
        XliffContent content;
        try {
            content = XliffReader.read(xliff, project.sourceLanguage(), project.targetLanguage(),
                    config.imports().maxSentences());
        } catch (UnreadableDocumentException e) {
            throw new InvalidInputException("source", "The XLIFF file cannot be imported: " + e.getMessage());
        }
        List<BilingualUnit> units = content.units().stream()
                .map(unit -> new BilingualUnit(unit.source(), unit.target(), unit.unreviewed(), unit.rejected()))
                .toList();
        return bilingual(project, bilingualTitle(title, "XLIFF"), "xliff", units,
                leftOut(content.codeOnlyUnits(), content.otherFiles()));
    }

    /**
     * Pairs in two columns of a CSV/TSV or XLSX file: each row becomes a confirmed pair, as a TMX unit does (a
     * spreadsheet of pairs is a reviewed translation, e.g. a proofread alignment). A row with one side empty becomes a
     * sentence without a partner, unreviewed: its text is kept, and a reviewer sees what is missing.
     */
    public PreparedImport prepareColumns(ProjectLanguages project, String title, FileFormat format,
                                         ColumnPairs pairs) {
        List<BilingualUnit> units = pairs.rows().stream()
                .map(row -> new BilingualUnit(row.source(), row.target(), row.oneSided() || row.unreviewed(),
                        row.rejected() && !row.oneSided())).toList();
        String kind = format == FileFormat.XLSX ? "xlsx" : "csv";
        return bilingual(project, bilingualTitle(title, format == FileFormat.XLSX ? "Spreadsheet" : "CSV"), kind,
                units, null);
    }

    /**
     * A pair of a bilingual file: one sentence per side, confirmed unless the file says it awaits review or was
     * rejected; with one side empty, a sentence alone, unreviewed.
     */
    private record BilingualUnit(String source, String target, boolean unreviewed, boolean rejected) {
    }

    /**
     * What reading a bilingual file left out that its user would miss, in words (ASCII, so that it fits a header):
     * units of inline codes alone, {@code <file>}s in other languages; null when nothing.
     */
    static String leftOut(int codeOnlyUnits, List<String> otherFiles) {
        List<String> parts = new ArrayList<>();
        if (codeOnlyUnits > 0) {
            parts.add(codeOnlyUnits + (codeOnlyUnits == 1 ? " unit" : " units") + " holding only inline codes"
                    + " (tags, placeholders), with no text to align");
        }
        if (!otherFiles.isEmpty()) {
            parts.add("the <file> elements in other languages than the project's ("
                    + String.join(", ", otherFiles).replace("→", "->") + ")");
        }
        return parts.isEmpty() ? null : "Left out: " + String.join("; ", parts) + ".";
    }

    /** One unit per paragraph on each side, so that offsets stay exact; one pair per unit. */
    private PreparedImport bilingual(ProjectLanguages project, String title, String kind, List<BilingualUnit> units,
                                     String leftOut) {
        var source = new BilingualSide(units.size());
        var target = new BilingualSide(units.size());
        var confirmed = new BitSet();
        var rejected = new BitSet();
        List<Bead> beads = new ArrayList<>(units.size());
        for (BilingualUnit unit : units) {
            boolean oneSided = unit.source().isEmpty() || unit.target().isEmpty();
            if (unit.source().isEmpty() && unit.target().isEmpty()) {
                continue;
            }
            confirmed.set(beads.size(), !unit.unreviewed() && !unit.rejected() && !oneSided);
            rejected.set(beads.size(), unit.rejected() && !oneSided);
            // the bead only places the unit; its confidence is not stored (see PreparedImport#scored). A side left
            // empty (a two-column file's one-sided row) has no sentence: the other is unpaired.
            int sourceStart = source.segments.size();
            int targetStart = target.segments.size();
            source.addUnlessEmpty(unit.source());
            target.addUnlessEmpty(unit.target());
            beads.add(new Bead(sourceStart, source.segments.size(), targetStart, target.segments.size(), 0.0));
        }
        for (BilingualSide side : List.of(source, target)) {
            if (side.text.length() > config.imports().maxChars()) {
                throw new PayloadTooLargeException("The file has " + side.text.length() + " characters on one side;"
                        + " the limit is " + config.imports().maxChars() + " (tandem.import.max-chars). Split it into parts.");
            }
        }
        // a bilingual file's units are its sentences: no line break of it was read
        return new PreparedImport(project.id(), title, kind, kind, source.text.toString(), source.segments,
                source.texts, target.text.toString(), target.segments, target.texts, beads, false, confirmed, rejected,
                LineBreakReading.codeOf(kind, ""), LineBreakReading.codeOf(kind, ""), project.targetLanguage(), null,
                leftOut);
    }

    /** One side of a bilingual file laid out as a text. */
    private static final class BilingualSide {
        private final StringBuilder text = new StringBuilder();
        private final List<Segment> segments;
        private final List<String> texts;

        BilingualSide(int size) {
            segments = new ArrayList<>(size);
            texts = new ArrayList<>(size);
        }

        void addUnlessEmpty(String unitText) {
            if (!unitText.isEmpty()) {
                add(unitText);
            }
        }

        void add(String unitText) {
            if (!text.isEmpty()) {
                text.append("\n\n");
            }
            segments.add(new Segment(text.length(), text.length() + unitText.length(), segments.size()));
            text.append(unitText);
            texts.add(unitText);
        }
    }

    private String requireText(String field, String text) {
        // a byte order mark pasted or sent with the text (files lose theirs when decoded) is no character of its first
        // sentence: it stayed in the pair and in the TMX
        if (text != null && text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        if (text == null || text.isBlank()) {
            throw new InvalidInputException(field, field + " is empty: give the text of this side of the document.");
        }
        if (text.length() > config.imports().maxChars()) {
            throw new PayloadTooLargeException(field + " has " + text.length() + " characters; the limit is "
                    + config.imports().maxChars() + " (tandem.import.max-chars). Split the document into parts.");
        }
        return StoredText.check(field, text);
    }

    private static String bilingualTitle(String requested, String fallback) {
        return checkTitle(requested == null || requested.isBlank() ? fallback : requested.strip());
    }

    /** A document without a title is named after its opening words, as a user would name it. */
    private static String titleFrom(List<String> sourceSentences) {
        String title = sourceSentences.isEmpty() ? "Untitled" : OneLineText.cleaned(sourceSentences.get(0));
        title = title.codePointCount(0, title.length()) > 60
                ? title.substring(0, title.offsetByCodePoints(0, 60)) + "…" : title;
        return checkTitle(title.isEmpty() ? "Untitled" : title);
    }

    static String checkTitle(String title) {
        if (title.length() > MAX_TITLE_LENGTH) {
            throw new InvalidInputException("title", "title is longer than " + MAX_TITLE_LENGTH + " characters.");
        }
        return StoredText.check("title", OneLineText.check("title", title));
    }
}
