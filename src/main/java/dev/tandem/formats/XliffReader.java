// SPDX-License-Identifier: Apache-2.0
package dev.tandem.formats;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamReader;

/**
 * Reads the translated segments of an XLIFF 1.2 or 2.0 file (as written by OmegaT, Trados, memoQ, Okapi, Phrase).
 *
 * <ul>
 *   <li>1.x: each {@code <trans-unit>} (in {@code <group>}s at any depth) gives one segment; when its
 *       {@code <seg-source>} and {@code <target>} are cut into {@code <mrk mtype="seg">}s, each source segment and
 *       the target segment with the same {@code mid} give one. {@code <alt-trans>} proposals are not read.</li>
 *   <li>2.0: each {@code <segment>} of a {@code <unit>} gives one; {@code <ignorable>} is not read.</li>
 *   <li>Inline codes are flattened by {@link InlineText}: {@code <g>}, {@code <pc>} and {@code <mrk>} keep their
 *       text; paired codes ({@code <bpt>}, {@code <ept>}, {@code <bx/>}, {@code <sc/>}, …) are dropped; a
 *       standalone code ({@code <x/>}, {@code <ph>}) keeps its variable ({@code equiv-text}, {@code equiv},
 *       {@code disp}, its content, or in 2.0 its {@code originalData}), else is a space where words would fuse.
 *       A segment of codes alone is left out and counted ({@link XliffContent#codeOnlyUnits()}). Leading and
 *       trailing whitespace is stripped, and characters XML 1.0 forbids are dropped.</li>
 *   <li>Languages: a file's {@code source-language} (1.x) or {@code srcLang} (2.0) must match the requested
 *       source language, and its target language, when given, the requested target (as for TMX: {@code en}
 *       matches {@code en-US}). A 1.2 {@code <file>} in other languages is left out and named in
 *       {@link XliffContent#otherFiles()}; the document is refused only when no file matches.</li>
 *   <li>States: a segment whose state says it is not reviewed yet is {@link XliffUnit#unreviewed()}. In 1.2 these
 *       are the {@code <target>} states that ask for work or review ({@code new}, {@code needs-translation},
 *       {@code needs-adaptation}, {@code needs-l10n}, {@code needs-review-translation},
 *       {@code needs-review-adaptation}, {@code needs-review-l10n}), unless the unit is {@code approved="yes"};
 *       {@code translated}, {@code signed-off} and {@code final} are done, since 1.2 marks a translation awaiting
 *       review with a {@code needs-review-*} state. In 2.0, whose states are steps of one sequence, {@code initial}
 *       and {@code translated} come before review, {@code reviewed} and {@code final} after it (Tandem's own export
 *       writes {@code translated} for an unreviewed pair). No state at all counts as done: a file without states is
 *       a finished translation. A 2.0 segment with Tandem's {@code subState="tandem:rejected"} is
 *       {@link XliffUnit#rejected()}: Tandem's export marks so a pair a reviewer rejected. XLIFF 1.2 has no state for
 *       a rejected translation (its {@code needs-*} states ask for work, as for any unreviewed segment).</li>
 *   <li>Security: {@link SafeXml}: DTDs and external entities off, an internal DOCTYPE subset refused.</li>
 * </ul>
 */
public final class XliffReader {
    /** XLIFF 1.2 target states of a segment that awaits its translation or its review. */
    private static final Set<String> UNREVIEWED_12 = Set.of("new", "needs-translation", "needs-adaptation",
            "needs-l10n", "needs-review-translation", "needs-review-adaptation", "needs-review-l10n");
    /** XLIFF 2.0 segment states before review (of the sequence initial, translated, reviewed, final). */
    private static final Set<String> UNREVIEWED_20 = Set.of("initial", "translated");
    /** The XLIFF 2.0 {@code subState} of a segment whose pair a reviewer rejected, as Tandem's export writes it. */
    public static final String REJECTED = "tandem:rejected";

    private final SafeXml xml;
    private final XMLStreamReader reader;
    private final LanguageMatcher matcher;
    private final String sourceLanguage;
    private final String targetLanguage;
    private final int maxUnits;
    private final List<XliffUnit> units = new ArrayList<>();
    private int segments;
    private int skipped;
    private int codeOnly;
    /** The language pairs ({@code fr → de}) of the {@code <file>}s left out for being in other languages. */
    private final List<String> otherFiles = new ArrayList<>();
    private int matchingFiles;
    /** Segments with text on both sides. */
    private int translated;

    private XliffReader(SafeXml xml, String sourceLanguage, String targetLanguage, int maxUnits) {
        this.xml = xml;
        this.reader = xml.reader();
        this.matcher = new LanguageMatcher(sourceLanguage, targetLanguage);
        this.sourceLanguage = sourceLanguage;
        this.targetLanguage = targetLanguage;
        this.maxUnits = maxUnits;
    }

    /**
     * @param sourceLanguage the project's source language (BCP 47)
     * @param targetLanguage the project's target language
     * @param maxUnits       the most segments the file may have (kept or skipped)
     * @throws UnreadableDocumentException if the file is not well-formed XML, not XLIFF, in other languages, has
     *                                     more than {@code maxUnits} segments, no translated segment, a DOCTYPE
     *                                     internal subset or an undeclared entity
     */
    public static XliffContent read(InputStream in, String sourceLanguage, String targetLanguage, int maxUnits)
            throws UnreadableDocumentException {
        Objects.requireNonNull(in, "in");
        try (SafeXml xml = SafeXml.open(in, SafeXml.Doctype.EXTERNAL_ONLY, "The XLIFF file")) {
            String root = xml.root();
            if (!"xliff".equals(root)) {
                throw xml.at("This is not an XLIFF file: its root element is <" + root + ">, not <xliff>. Export"
                        + " the translation as XLIFF 1.2 or 2.0 from your translation tool and upload that file.");
            }
            var xliff = new XliffReader(xml, sourceLanguage, targetLanguage, maxUnits);
            String version = xml.attribute("version");
            boolean v2 = version != null && version.startsWith("2");
            if (v2) {
                xliff.checkLanguages(xml.attribute("srcLang"), xml.attribute("trgLang"));
            }
            while (xml.nextChild()) {
                if ("file".equals(xml.reader().getLocalName())) {
                    xliff.readFile(v2);
                } else {
                    xml.skipElement();
                }
            }
            xml.finish();
            if (xliff.matchingFiles == 0 && !xliff.otherFiles.isEmpty()) {
                throw new UnreadableDocumentException("The XLIFF file translates " + String.join(", ",
                        xliff.otherFiles) + ", but this project is " + sourceLanguage + " → " + targetLanguage
                        + ". Import it into a project with the file's languages.");
            }
            if (xliff.translated == 0) {
                throw new UnreadableDocumentException("The XLIFF file has no translated segment ("
                        + (xliff.units.size() + xliff.skipped) + " without a target). Translate it first, or upload"
                        + " the original as a text file with its translation.");
            }
            return new XliffContent(version == null ? "1.2" : version, xliff.units, xliff.skipped, xliff.codeOnly,
                    xliff.otherFiles);
        }
    }

    /** Reads a {@code <file>}; an XLIFF 1.2 one in other languages than the project's is left out and noted. */
    private void readFile(boolean v2) throws UnreadableDocumentException {
        if (!v2) {
            String fileSource = xml.attribute("source-language");
            String fileTarget = xml.attribute("target-language");
            requireSourceLanguage(fileSource);
            if (!matches(fileSource, fileTarget)) {
                String pair = fileSource + " → " + (fileTarget == null ? "?" : fileTarget);
                if (!otherFiles.contains(pair)) {
                    otherFiles.add(pair);
                }
                xml.skipElement();
                return;
            }
        }
        matchingFiles++;
        readContainer(v2);
    }

    /** Units anywhere below the current element (a file, body or group). */
    private void readContainer(boolean v2) throws UnreadableDocumentException {
        while (xml.nextChild()) {
            String name = reader.getLocalName();
            if (v2 && name.equals("unit")) {
                readUnit2();
            } else if (!v2 && name.equals("trans-unit")) {
                readTransUnit();
            } else if (name.equals("group") || name.equals("body")) {
                readContainer(v2);
            } else {
                xml.skipElement(); // header, skeleton, notes, bin-unit, …
            }
        }
    }

    private void readTransUnit() throws UnreadableDocumentException {
        boolean approved = "yes".equals(xml.attribute("approved"));
        boolean unreviewed = false;
        Inline source = null;
        Inline segSource = null;
        Inline target = null;
        while (xml.nextChild()) {
            switch (reader.getLocalName()) {
                case "source" -> source = readInline(Map.of());
                case "seg-source" -> segSource = readInline(Map.of());
                case "target" -> {
                    unreviewed = !approved && UNREVIEWED_12.contains(String.valueOf(xml.attribute("state")));
                    target = readInline(Map.of());
                }
                default -> xml.skipElement(); // alt-trans, note, context-group, …
            }
        }
        if (segSource != null && target != null && !segSource.segments.isEmpty() && !target.segments.isEmpty()) {
            for (Map.Entry<String, InlineText> segment : segSource.segments.entrySet()) {
                add(segment.getValue(), target.segments.get(segment.getKey()), unreviewed, false);
            }
        } else {
            add(source == null ? null : source.text, target == null ? null : target.text, unreviewed, false);
        }
    }

    private void readUnit2() throws UnreadableDocumentException {
        Map<String, String> originalData = Map.of();
        while (xml.nextChild()) {
            if ("originalData".equals(reader.getLocalName())) {
                originalData = readOriginalData();
                continue;
            }
            if (!"segment".equals(reader.getLocalName())) {
                xml.skipElement(); // ignorable, notes, …
                continue;
            }
            // "initial" is also the default, but a file that leaves states out is a finished translation
            boolean unreviewed = UNREVIEWED_20.contains(String.valueOf(xml.attribute("state")));
            boolean rejected = REJECTED.equals(xml.attribute("subState"));
            InlineText source = null;
            InlineText target = null;
            while (xml.nextChild()) {
                switch (reader.getLocalName()) {
                    case "source" -> source = readInline(originalData).text;
                    case "target" -> target = readInline(originalData).text;
                    default -> xml.skipElement();
                }
            }
            add(source, target, unreviewed, rejected);
        }
    }

    /** The native codes of a 2.0 unit's {@code <originalData>}, by {@code id}. */
    private Map<String, String> readOriginalData() throws UnreadableDocumentException {
        Map<String, String> data = new HashMap<>();
        while (xml.nextChild()) {
            if ("data".equals(reader.getLocalName())) {
                String id = xml.attribute("id");
                String code = InlineText.codeText(xml);
                if (id != null) {
                    data.putIfAbsent(id, code);
                }
            } else {
                xml.skipElement();
            }
        }
        return data;
    }

    /** Adds a segment; null stands for a side the file does not have. */
    private void add(InlineText source, InlineText target, boolean unreviewed, boolean rejected)
            throws UnreadableDocumentException {
        if (++segments > maxUnits) {
            throw xml.at("The file has more than " + maxUnits + " segments, the most Tandem reads from one file."
                    + " Split it into smaller XLIFF files and upload them one by one.");
        }
        String s = textOf(source);
        String t = textOf(target);
        if (s.isEmpty() && t.isEmpty()) {
            skipped++;
            if (source != null && source.hasCodes() || target != null && target.hasCodes()) {
                codeOnly++;
            }
        } else {
            // a segment without its translation keeps its text: it is what the translator has still to do
            boolean oneSided = s.isEmpty() || t.isEmpty();
            translated += oneSided ? 0 : 1;
            units.add(new XliffUnit(s, t, unreviewed || oneSided, rejected && !oneSided));
        }
    }

    /** A side's text: empty when it is missing or holds inline codes alone. */
    private static String textOf(InlineText side) {
        return side == null || side.onlyCodes() ? "" : XmlText.clean(side.toString().strip());
    }

    /** The text of a source or target, and of its {@code <mrk mtype="seg">} segments by {@code mid}. */
    private static final class Inline {
        final InlineText text = new InlineText();
        final Map<String, InlineText> segments = new LinkedHashMap<>();
    }

    /** Reads a source or target; {@code originalData} resolves a 2.0 code's {@code dataRef} (empty in 1.2). */
    private Inline readInline(Map<String, String> originalData) throws UnreadableDocumentException {
        var inline = new Inline();
        InlineText segment = null;
        int segmentDepth = 0;
        for (int depth = 1; depth > 0; ) {
            switch (xml.next()) {
                case XMLStreamConstants.START_ELEMENT -> {
                    String name = reader.getLocalName();
                    switch (InlineText.kind(name)) {
                        case STANDALONE -> {
                            // attributes first: reading the content moves past them
                            String equivText = xml.attribute("equiv-text");
                            String equiv = xml.attribute("equiv");
                            String disp = xml.attribute("disp");
                            String data = originalData.get(String.valueOf(xml.attribute("dataRef")));
                            String content = InlineText.codeText(xml);
                            inline.text.standalone(equivText, equiv, disp, content, data);
                            if (segment != null) {
                                segment.standalone(equivText, equiv, disp, content, data);
                            }
                        }
                        case PAIRED -> {
                            inline.text.paired();
                            if (segment != null) {
                                segment.paired();
                            }
                            xml.skipElement();
                        }
                        case SUB -> xml.skipElement();
                        case TEXT -> {
                            depth++;
                            if (segment == null && name.equals("mrk") && "seg".equals(xml.attribute("mtype"))) {
                                segment = inline.segments.computeIfAbsent(String.valueOf(xml.attribute("mid")),
                                        mid -> new InlineText());
                                segmentDepth = depth;
                            }
                        }
                    }
                }
                case XMLStreamConstants.END_ELEMENT -> {
                    if (segment != null && depth == segmentDepth) {
                        segment = null;
                    }
                    depth--;
                }
                case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE -> {
                    inline.text.append(reader.getTextCharacters(), reader.getTextStart(), reader.getTextLength());
                    if (segment != null) {
                        segment.append(reader.getTextCharacters(), reader.getTextStart(), reader.getTextLength());
                    }
                }
                default -> {
                }
            }
        }
        return inline;
    }

    private void requireSourceLanguage(String fileSource) throws UnreadableDocumentException {
        if (fileSource == null) {
            throw xml.at("The XLIFF file does not say its source language (source-language in XLIFF 1.2, srcLang"
                    + " in 2.0). Export it again from your translation tool.");
        }
    }

    private boolean matches(String fileSource, String fileTarget) {
        return matcher.sourceLevel(fileSource) != LanguageMatcher.NONE
                && (fileTarget == null || matcher.targetLevel(fileTarget) != LanguageMatcher.NONE);
    }

    private void checkLanguages(String fileSource, String fileTarget) throws UnreadableDocumentException {
        requireSourceLanguage(fileSource);
        if (!matches(fileSource, fileTarget)) {
            throw xml.at("The XLIFF file translates " + fileSource + " → " + (fileTarget == null ? "?" : fileTarget)
                    + ", but this project is " + sourceLanguage + " → " + targetLanguage + ". Import it into a"
                    + " project with the file's languages.");
        }
    }
}
