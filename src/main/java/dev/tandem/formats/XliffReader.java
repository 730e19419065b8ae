// SPDX-License-Identifier: Apache-2.0
package dev.tandem.formats;

import java.io.InputStream;
import java.util.ArrayList;
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
 *   <li>Inline markup is flattened: {@code <g>}, {@code <pc>} and {@code <mrk>} keep their text; codes of the
 *       original format ({@code <bpt>}, {@code <ept>}, {@code <ph>}, {@code <it>}, {@code <sub>}, and the empty
 *       {@code <x/>}, {@code <sc/>}, …) are dropped. Leading and trailing whitespace is stripped, and characters
 *       XML 1.0 forbids are dropped.</li>
 *   <li>Languages: each file's {@code source-language} (1.x) or {@code srcLang} (2.0) must match the requested
 *       source language, and its target language, when given, the requested target (as for TMX: {@code en}
 *       matches {@code en-US}).</li>
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
    private static final Set<String> DROPPED_INLINE = Set.of("bpt", "ept", "ph", "it", "sub", "sc", "ec", "sm",
            "em", "cp", "x", "bx", "ex");

    private final SafeXml xml;
    private final XMLStreamReader reader;
    private final LanguageMatcher matcher;
    private final String sourceLanguage;
    private final String targetLanguage;
    private final int maxUnits;
    private final List<XliffUnit> units = new ArrayList<>();
    private int segments;
    private int skipped;
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
            if (xliff.translated == 0) {
                throw new UnreadableDocumentException("The XLIFF file has no translated segment ("
                        + (xliff.units.size() + xliff.skipped) + " without a target). Translate it first, or upload"
                        + " the original as a text file with its translation.");
            }
            return new XliffContent(version == null ? "1.2" : version, xliff.units, xliff.skipped);
        }
    }

    private void readFile(boolean v2) throws UnreadableDocumentException {
        if (!v2) {
            checkLanguages(xml.attribute("source-language"), xml.attribute("target-language"));
        }
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
                case "source" -> source = readInline();
                case "seg-source" -> segSource = readInline();
                case "target" -> {
                    unreviewed = !approved && UNREVIEWED_12.contains(String.valueOf(xml.attribute("state")));
                    target = readInline();
                }
                default -> xml.skipElement(); // alt-trans, note, context-group, …
            }
        }
        if (segSource != null && target != null && !segSource.segments.isEmpty() && !target.segments.isEmpty()) {
            for (Map.Entry<String, StringBuilder> segment : segSource.segments.entrySet()) {
                StringBuilder translated = target.segments.get(segment.getKey());
                add(segment.getValue().toString(), translated == null ? "" : translated.toString(), unreviewed);
            }
        } else {
            add(source == null ? "" : source.text.toString(), target == null ? "" : target.text.toString(),
                    unreviewed);
        }
    }

    private void readUnit2() throws UnreadableDocumentException {
        while (xml.nextChild()) {
            if (!"segment".equals(reader.getLocalName())) {
                xml.skipElement(); // ignorable, notes, originalData, …
                continue;
            }
            // "initial" is also the default, but a file that leaves states out is a finished translation
            boolean unreviewed = UNREVIEWED_20.contains(String.valueOf(xml.attribute("state")));
            boolean rejected = REJECTED.equals(xml.attribute("subState"));
            String source = "";
            String target = "";
            while (xml.nextChild()) {
                switch (reader.getLocalName()) {
                    case "source" -> source = readInline().text.toString();
                    case "target" -> target = readInline().text.toString();
                    default -> xml.skipElement();
                }
            }
            add(source, target, unreviewed, rejected);
        }
    }

    private void add(String source, String target, boolean unreviewed) throws UnreadableDocumentException {
        add(source, target, unreviewed, false);
    }

    private void add(String source, String target, boolean unreviewed, boolean rejected)
            throws UnreadableDocumentException {
        if (++segments > maxUnits) {
            throw xml.at("The file has more than " + maxUnits + " segments, the most Tandem reads from one file."
                    + " Split it into smaller XLIFF files and upload them one by one.");
        }
        String s = XmlText.clean(source.strip());
        String t = XmlText.clean(target.strip());
        if (s.isEmpty() && t.isEmpty()) {
            skipped++;
        } else {
            // a segment without its translation keeps its text: it is what the translator has still to do
            boolean oneSided = s.isEmpty() || t.isEmpty();
            translated += oneSided ? 0 : 1;
            units.add(new XliffUnit(s, t, unreviewed || oneSided, rejected && !oneSided));
        }
    }

    /** The text of a source or target, and of its {@code <mrk mtype="seg">} segments by {@code mid}. */
    private static final class Inline {
        final StringBuilder text = new StringBuilder();
        final Map<String, StringBuilder> segments = new LinkedHashMap<>();
    }

    private Inline readInline() throws UnreadableDocumentException {
        var inline = new Inline();
        StringBuilder segment = null;
        int segmentDepth = 0;
        int dropped = 0;
        for (int depth = 1; depth > 0; ) {
            switch (xml.next()) {
                case XMLStreamConstants.START_ELEMENT -> {
                    depth++;
                    String name = reader.getLocalName();
                    if (dropped > 0 || DROPPED_INLINE.contains(name)) {
                        dropped++;
                    } else if (segment == null && name.equals("mrk") && "seg".equals(xml.attribute("mtype"))) {
                        segment = inline.segments.computeIfAbsent(String.valueOf(xml.attribute("mid")),
                                mid -> new StringBuilder());
                        segmentDepth = depth;
                    }
                }
                case XMLStreamConstants.END_ELEMENT -> {
                    if (dropped > 0) {
                        dropped--;
                    } else if (segment != null && depth == segmentDepth) {
                        segment = null;
                    }
                    depth--;
                }
                case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE -> {
                    if (dropped == 0) {
                        inline.text.append(reader.getTextCharacters(), reader.getTextStart(), reader.getTextLength());
                        if (segment != null) {
                            segment.append(reader.getTextCharacters(), reader.getTextStart(), reader.getTextLength());
                        }
                    }
                }
                default -> {
                }
            }
        }
        return inline;
    }

    private void checkLanguages(String fileSource, String fileTarget) throws UnreadableDocumentException {
        if (fileSource == null) {
            throw xml.at("The XLIFF file does not say its source language (source-language in XLIFF 1.2, srcLang"
                    + " in 2.0). Export it again from your translation tool.");
        }
        boolean sourceMatches = matcher.sourceLevel(fileSource) != LanguageMatcher.NONE;
        boolean targetMatches = fileTarget == null || matcher.targetLevel(fileTarget) != LanguageMatcher.NONE;
        if (!sourceMatches || !targetMatches) {
            throw xml.at("The XLIFF file translates " + fileSource + " → " + (fileTarget == null ? "?" : fileTarget)
                    + ", but this project is " + sourceLanguage + " → " + targetLanguage + ". Import it into a"
                    + " project with the file's languages.");
        }
    }
}
