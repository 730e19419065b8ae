// SPDX-License-Identifier: Apache-2.0
package dev.tandem.tmx;

import dev.tandem.formats.InlineText;
import dev.tandem.formats.LanguageMatcher;
import dev.tandem.formats.LanguageTags;
import dev.tandem.formats.SafeXml;
import dev.tandem.formats.UnreadableDocumentException;
import dev.tandem.formats.UnreadableXmlException;
import dev.tandem.formats.XmlText;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import javax.xml.XMLConstants;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamReader;

/**
 * Reads the units of one language pair from a TMX file (1.1 to 1.4b, as written by OmegaT, Trados, memoQ, Okapi
 * or {@link TmxWriter}).
 *
 * <p>Contract:
 * <ul>
 *   <li>Each {@code <tu>} gives at most one {@link TmxUnit}: the tuvs for the two languages are chosen by
 *       {@link LanguageMatcher} (exact tag, then same language with likely script/region, then same primary
 *       language; the first tuv wins among equals; source and target are always different tuvs). A unit without
 *       both, or whose segment is empty on either side, is counted in {@link TmxContent#skippedUnits()}.</li>
 *   <li>The language of a tuv is {@code xml:lang} (TMX 1.4) or {@code lang} (TMX 1.1).</li>
 *   <li>Segment text is the character content of {@code <seg>} with inline codes flattened by {@link InlineText}:
 *       {@code <hi>} keeps its text; the native codes of {@code <bpt>}, {@code <ept>}, {@code <it>} and {@code <ut>}
 *       are dropped; a {@code <ph>} keeps its native text when that is a variable ({@code {0}}, {@code %s}) and is
 *       otherwise a space where words would fuse; {@code <sub>} is a separate flow of text (e.g. a link title) and
 *       is dropped. A segment of codes alone is empty; a unit whose two segments are so is counted in
 *       {@link TmxContent#codeOnlyUnits()} too. Other elements keep their text.</li>
 *   <li>Whitespace: leading and trailing whitespace of the whole segment is stripped ({@link String#strip()},
 *       so a no-break space is kept), because tools differ in how they indent segments and a pair's text should
 *       not start with layout. Whitespace inside is kept exactly, including tabs, newlines and {@code &#13;}.
 *       Characters XML 1.0 forbids (possible via character references in XML 1.1 files) are dropped with
 *       {@link XmlText#clean}.</li>
 *   <li>The {@code <prop type="...">}s of the {@code <tu>} (not of its tuvs or of the header) become
 *       {@link TmxUnit#properties()} in file order; for a repeated type the first value is kept; a prop without a
 *       type is ignored. The one exception: an {@code x-status} prop of the chosen target tuv (Tandem's
 *       multilingual export gives each translation its own status) counts as the unit's when the tu has none.</li>
 *   <li>Security: {@link SafeXml}, the JDK's own StAX parser with DTDs and external entities off and external
 *       access denied, so nothing is fetched. A DOCTYPE is accepted only in its plain form ({@code <!DOCTYPE tmx SYSTEM "tmx14.dtd">},
 *       optionally PUBLIC); an internal subset {@code [...]} (entity declarations: XXE, "billion laughs") is
 *       refused, and so is any entity reference other than the five predefined ones and character references.</li>
 *   <li>Memory is proportional to the units kept, which {@code maxUnits} bounds.</li>
 *   <li>{@code in} is read to its end and not closed.</li>
 * </ul>
 */
public final class TmxReader {

    /** At most this many distinct tuv languages are collected in {@link TmxContent#languagesFound()}. */
    public static final int MAX_LANGUAGES_REPORTED = 64;

    /** The prop in which Tandem's exports give a pair's review status. */
    private static final String STATUS = "x-status";

    private final SafeXml safe;
    private final XMLStreamReader xml;
    private final LanguageMatcher matcher;
    private final int maxUnits;
    private final List<TmxUnit> units = new ArrayList<>();
    private final Set<String> languagesFound = new LinkedHashSet<>();
    private String declaredSourceLanguage;
    private int unitCount;
    private int skippedUnits;
    private int codeOnlyUnits;
    private boolean sourceFound;
    private boolean targetFound;

    private TmxReader(SafeXml safe, LanguageMatcher matcher, int maxUnits) {
        this.safe = safe;
        this.xml = safe.reader();
        this.matcher = matcher;
        this.maxUnits = maxUnits;
    }

    /**
     * Reads a TMX document from {@code in}, keeping the tuvs of the two requested languages (see the class
     * description for how languages match and what is skipped).
     *
     * @param sourceLanguage BCP 47 tag of the source side, e.g. {@code ja}; {@code _} is accepted for {@code -}
     * @param targetLanguage BCP 47 tag of the target side; must differ from {@code sourceLanguage}
     * @param maxUnits       the most {@code <tu>} elements the file may have (kept or skipped); {@code >= 1}
     * @throws TmxFormatException       if the file is not well-formed XML (including bytes that are not in its
     *                                  encoding), its root element is not {@code <tmx>}, its DOCTYPE has an internal
     *                                  subset, it uses an undeclared entity, it has more than {@code maxUnits} units,
     *                                  or no tuv at all matches one of the two languages
     * @throws IllegalArgumentException if a language is not a well-formed tag, both are the same, or
     *                                  {@code maxUnits < 1}
     * @throws UncheckedIOException     if reading {@code in} fails
     */
    public static TmxContent read(InputStream in, String sourceLanguage, String targetLanguage, int maxUnits)
            throws TmxFormatException {
        Objects.requireNonNull(in, "in");
        LanguageTags.requireWellFormed(sourceLanguage == null ? null : sourceLanguage.replace('_', '-'), "sourceLanguage");
        LanguageTags.requireWellFormed(targetLanguage == null ? null : targetLanguage.replace('_', '-'), "targetLanguage");
        if (LanguageMatcher.normalize(sourceLanguage).equals(LanguageMatcher.normalize(targetLanguage))) {
            throw new IllegalArgumentException("sourceLanguage and targetLanguage are both '" + sourceLanguage + "'");
        }
        if (maxUnits < 1) {
            throw new IllegalArgumentException("maxUnits must be >= 1, got " + maxUnits);
        }
        TmxReader reader;
        try (SafeXml xml = SafeXml.open(in, SafeXml.Doctype.EXTERNAL_ONLY, "The file", "Replace the DOCTYPE with"
                + " <!DOCTYPE tmx SYSTEM \"tmx14.dtd\">, or remove it, and upload the file again.", "tool")) {
            reader = new TmxReader(xml, new LanguageMatcher(sourceLanguage, targetLanguage), maxUnits);
            reader.readDocument();
        } catch (UnreadableXmlException e) {
            throw new TmxFormatException(e.problem(), e.line(), e.column(), e.getCause());
        } catch (UnreadableDocumentException e) {
            throw new TmxFormatException(e.getMessage(), -1, -1, e); // not raised for a plain stream
        }
        reader.requireBothLanguages(sourceLanguage, targetLanguage);
        return new TmxContent(reader.declaredSourceLanguage, reader.units, reader.skippedUnits, reader.codeOnlyUnits,
                reader.languagesFound);
    }

    private void readDocument() throws UnreadableDocumentException {
        String root = safe.root();
        if (!"tmx".equals(root)) {
            throw safe.at("This is not a TMX file: its root element is <" + root + ">, not <tmx>."
                    + " Export the translation memory as TMX from your translation tool and upload that file.");
        }
        while (safe.nextChild()) {
            switch (xml.getLocalName()) {
                case "header" -> {
                    declaredSourceLanguage = xml.getAttributeValue(null, "srclang");
                    safe.skipElement();
                }
                case "body" -> readBody();
                default -> safe.skipElement();
            }
        }
        safe.finish();
    }

    private void readBody() throws UnreadableDocumentException {
        while (safe.nextChild()) {
            if ("tu".equals(xml.getLocalName())) {
                readTu();
            } else {
                safe.skipElement();
            }
        }
    }

    private void readTu() throws UnreadableDocumentException {
        if (++unitCount > maxUnits) {
            throw safe.at("The file has more than " + maxUnits + " translation units (<tu>), the most Tandem reads"
                    + " from one file. Split it into smaller TMX files and upload them one by one.");
        }
        Map<String, String> properties = new LinkedHashMap<>();
        List<String> languages = new ArrayList<>();
        List<String> segments = new ArrayList<>();
        List<Boolean> coded = new ArrayList<>();
        List<String> statuses = new ArrayList<>();
        while (safe.nextChild()) {
            switch (xml.getLocalName()) {
                case "prop" -> {
                    String type = xml.getAttributeValue(null, "type");
                    String value = XmlText.clean(readText());
                    if (type != null && !type.isBlank()) {
                        properties.putIfAbsent(type, value);
                    }
                }
                case "tuv" -> readTuv(languages, segments, coded, statuses);
                default -> safe.skipElement();
            }
        }
        int[] chosen = matcher.choose(languages);
        String source = chosen == null ? "" : segments.get(chosen[0]);
        String target = chosen == null ? "" : segments.get(chosen[1]);
        if (source.isEmpty() || target.isEmpty()) {
            skippedUnits++;
            if (chosen != null && source.isEmpty() && target.isEmpty()
                    && (coded.get(chosen[0]) || coded.get(chosen[1]))) {
                codeOnlyUnits++;
            }
        } else {
            if (statuses.get(chosen[1]) != null) {
                properties.putIfAbsent(STATUS, statuses.get(chosen[1]));
            }
            units.add(new TmxUnit(source, target, properties));
        }
    }

    /** Adds the tuv's language and segment to the lists if it may be one side of the unit. */
    private void readTuv(List<String> languages, List<String> segments, List<Boolean> coded, List<String> statuses)
            throws UnreadableDocumentException {
        String language = language();
        InlineText segment = null;
        String status = null;
        while (safe.nextChild()) {
            if ("seg".equals(xml.getLocalName()) && segment == null) {
                segment = readSegment();
            } else if ("prop".equals(xml.getLocalName()) && STATUS.equals(xml.getAttributeValue(null, "type"))
                    && status == null) {
                status = XmlText.clean(readText());
            } else {
                safe.skipElement();
            }
        }
        if (language == null) {
            return;
        }
        if (languagesFound.size() < MAX_LANGUAGES_REPORTED) {
            languagesFound.add(language);
        }
        boolean source = matcher.sourceLevel(language) != LanguageMatcher.NONE;
        boolean target = matcher.targetLevel(language) != LanguageMatcher.NONE;
        sourceFound |= source;
        targetFound |= target;
        // Tuvs in other languages are not kept, so a unit in fifty languages costs no more than one in two.
        if (source || target) {
            languages.add(language);
            segments.add(segment == null || segment.onlyCodes() ? "" : XmlText.clean(segment.toString().strip()));
            coded.add(segment != null && segment.hasCodes());
            statuses.add(status);
        }
    }

    /** {@code xml:lang} (TMX 1.4), else {@code lang} (TMX 1.1); null if neither is present or it is blank. */
    private String language() {
        String language = xml.getAttributeValue(XMLConstants.XML_NS_URI, "lang");
        if (language == null) {
            language = xml.getAttributeValue(null, "lang");
        }
        return language == null || language.isBlank() ? null : language.strip();
    }

    private InlineText readSegment() throws UnreadableDocumentException {
        InlineText text = new InlineText();
        for (int depth = 1; depth > 0; ) {
            switch (safe.next()) {
                case XMLStreamConstants.START_ELEMENT -> {
                    switch (InlineText.kind(xml.getLocalName())) {
                        case STANDALONE -> text.standalone(InlineText.codeText(safe));
                        case PAIRED -> {
                            text.paired();
                            safe.skipElement();
                        }
                        case SUB -> safe.skipElement();
                        case TEXT -> depth++;
                    }
                }
                case XMLStreamConstants.END_ELEMENT -> depth--;
                case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE ->
                        text.append(xml.getTextCharacters(), xml.getTextStart(), xml.getTextLength());
                default -> {
                }
            }
        }
        return text;
    }

    /** All character content of the current element, including that of nested elements. */
    private String readText() throws UnreadableDocumentException {
        StringBuilder text = new StringBuilder();
        for (int depth = 1; depth > 0; ) {
            switch (safe.next()) {
                case XMLStreamConstants.START_ELEMENT -> depth++;
                case XMLStreamConstants.END_ELEMENT -> depth--;
                case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE ->
                        text.append(xml.getTextCharacters(), xml.getTextStart(), xml.getTextLength());
                default -> {
                }
            }
        }
        return text.toString();
    }

    private void requireBothLanguages(String sourceLanguage, String targetLanguage) {
        String missing = !sourceFound ? sourceLanguage : !targetFound ? targetLanguage : null;
        if (missing == null) {
            return;
        }
        String contents = languagesFound.isEmpty()
                ? "it contains no translation units with a language (<tuv xml:lang=\"...\">) at all"
                : "it contains " + String.join(", ", languagesFound);
        throw new TmxFormatException("The file has no units in '" + missing + "'; " + contents
                + ". Choose the languages of the file for this document, or upload a TMX that has '" + missing + "'.");
    }
}
