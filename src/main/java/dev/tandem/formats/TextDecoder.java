// SPDX-License-Identifier: Apache-2.0
package dev.tandem.formats;

import com.ibm.icu.lang.UScript;
import com.ibm.icu.text.CharsetDetector;
import com.ibm.icu.text.CharsetMatch;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Decodes uploaded bytes into text, strictly: a byte the chosen charset cannot decode is an error, never a
 * replacement character, and the charset is never guessed without saying so.
 *
 * <p>The charset is chosen in this order:
 * <ol>
 *   <li>A byte order mark (UTF-8, UTF-16LE/BE, UTF-32LE/BE) wins, even over a declared charset, because it is
 *       written by the program that saved the file. It is removed from the text.</li>
 *   <li>Otherwise a declared charset (e.g. from {@code Content-Type} or the upload form) is used (see
 *       {@link #resolve} for how its name is read).</li>
 *   <li>Otherwise valid UTF-8 is taken as UTF-8: other charsets rarely produce valid UTF-8 by accident.
 *       Exception: bytes with NUL or ESC bytes are first offered to detection, since UTF-16 without a mark and
 *       ISO-2022 are valid UTF-8 byte-wise but mean something else.</li>
 *   <li>Otherwise, bytes that are mostly UTF-8 (most of their non-ASCII sequences are valid UTF-8 for characters
 *       the language uses, see {@link Utf8Damage}) are UTF-8 with damage: refused, naming the first invalid byte.
 *       Reading them in a legacy charset would turn every other character into mojibake ({@code —} as
 *       {@code â€”}).</li>
 *   <li>Otherwise ICU's {@link CharsetDetector} is asked; its first match that is {@link #SUPPORTED}, is trusted
 *       (see {@link #MIN_CONFIDENCE}), decodes strictly and, for a single-byte charset (which decodes any byte),
 *       gives only characters plausible in the language ({@link LanguageCharacters}) is used. A single-byte
 *       match on bytes that also hold valid UTF-8 characters is refused as above: a file mixing UTF-8 and a legacy
 *       charset. When no match is plausible, the first implausible character is reported with its byte offset.</li>
 * </ol>
 * A declared charset is the uploader's word: its characters are not judged for plausibility, which makes it the
 * way past such a refusal for a text that really holds unusual characters. Two contradictions are refused all the
 * same: a single-byte charset declared for bytes that are valid UTF-8 with non-ASCII characters (never legacy text by
 * accident), and a declared charset that reads some bytes as C1 control characters (U+0080–U+009F), which no text
 * holds: they are what ISO-8859-* make of windows-125x quotes, dashes and €.
 * The text is returned as decoded: line endings and Unicode normalisation are not touched, because sentence
 * offsets refer to it. Text containing U+0000 is rejected: it is almost always a binary file or UTF-16 read as
 * something else, and would break storage and XML export downstream.
 *
 * <p>Pure and stateless; safe to call from several threads.
 */
public final class TextDecoder {

    /** ICU confidence (0–100) at which a detected charset is trusted on its own. */
    public static final int MIN_CONFIDENCE = 50;

    /**
     * Lower confidence trusted only with a clear lead ({@value #MIN_LEAD} points) over the runner-up. ICU's
     * single-byte Cyrillic recognisers stay near 45 even for long, clean Russian text (measured with ICU4J 79.1
     * for windows-1251, KOI8-R and ISO-8859-5), so a flat 50 would never detect Russian, while wrong single-byte
     * candidates score far lower (Hebrew at 7–23).
     */
    public static final int MIN_CONFIDENCE_WITH_LEAD = 40;

    /** Points by which a match between {@value #MIN_CONFIDENCE_WITH_LEAD} and {@value #MIN_CONFIDENCE} must lead. */
    public static final int MIN_LEAD = 20;

    /** Canonical Java names of the charsets that may be declared or detected, in the order shown to users. */
    public static final Set<String> SUPPORTED = supported(
            "UTF-8", "UTF-16LE", "UTF-16BE", "UTF-16", "UTF-32LE", "UTF-32BE", "UTF-32", "US-ASCII",
            "GB18030", "GBK", "GB2312", "Big5", "Big5-HKSCS",
            "Shift_JIS", "windows-31j", "EUC-JP", "ISO-2022-JP",
            "EUC-KR", "x-windows-949", "ISO-2022-KR", "ISO-2022-CN",
            "windows-1250", "windows-1251", "windows-1252", "windows-1253", "windows-1254",
            "windows-1255", "windows-1256", "windows-1257", "windows-1258",
            "ISO-8859-1", "ISO-8859-2", "ISO-8859-3", "ISO-8859-4", "ISO-8859-5", "ISO-8859-6", "ISO-8859-7",
            "ISO-8859-8", "ISO-8859-9", "ISO-8859-13", "ISO-8859-15", "ISO-8859-16",
            "KOI8-R", "KOI8-U", "IBM866", "TIS-620", "x-windows-874");

    /**
     * Names users write whose Java alias is a different charset than they mean: Java maps {@code cp932} to an IBM
     * code page, while Windows users mean Microsoft's. ICU's {@code ISO-8859-8-I} is ISO-8859-8 in logical order,
     * which is how Java decodes ISO-8859-8 anyway. Notepad calls the system's code page "ANSI", in the West
     * windows-1252.
     */
    private static final Map<String, String> ALIASES = Map.of(
            "cp932", "windows-31j", "ms932", "windows-31j",
            "cp949", "x-windows-949", "ms949", "x-windows-949",
            "cp936", "GBK", "ms936", "GBK",
            "iso-8859-8-i", "ISO-8859-8",
            "ansi", "windows-1252");

    /**
     * Charsets read as another, under any of their names: files labelled ISO-8859-1 or US-ASCII are windows-1252 in
     * practice, and read literally their quotes, dashes and € would become C1 controls (WHATWG Encoding Standard).
     */
    private static final Map<String, String> READ_AS = Map.of("ISO-8859-1", "windows-1252", "US-ASCII", "windows-1252");

    /** A declaration written as a {@code Content-Type} parameter or as the API's field: {@code charset=UTF-8}. */
    private static final Pattern PARAMETER = Pattern.compile("(?i)^(?:source|target)?charset\\s*=\\s*");

    /** Single-byte charsets of Latin-script languages, to suggest for a text whose letters are mostly Latin. */
    private static final Set<String> LATIN = Set.of("windows-1250", "windows-1252", "windows-1254", "windows-1257",
            "windows-1258", "ISO-8859-2", "ISO-8859-3", "ISO-8859-4", "ISO-8859-9", "ISO-8859-13", "ISO-8859-15",
            "ISO-8859-16");

    private TextDecoder() {
    }

    /**
     * Decodes {@code bytes} as described in the class comment.
     *
     * @param bytes           the uploaded file; empty gives empty text
     * @param declaredCharset the charset the uploader declared, or {@code null} (or blank) if none; read as
     *                        {@link #resolve} says (e.g. {@code utf8}, {@code cp1252}, {@code sjis}, {@code ANSI},
     *                        {@code charset=UTF-8}; {@code latin1} is windows-1252)
     * @return the text, the charset used, and {@code detected=false} only if the declared charset was used
     * @throws UndecodableTextException with a message for the uploader if the declared charset is unknown or not
     *                                  supported, the bytes are invalid in the chosen charset (the message names the
     *                                  byte offset), no charset could be determined, the text contains U+0000, or
     *                                  the declared charset reads a byte as a C1 control (U+0080–U+009F)
     */
    public static DecodedText decode(byte[] bytes, String declaredCharset) throws UndecodableTextException {
        return decode(bytes, declaredCharset, LanguageCharacters.ANY);
    }

    /**
     * Decodes {@code bytes} of a text in {@code language}, which judges detected charsets (see the class comment).
     *
     * @throws UndecodableTextException as {@link #decode(byte[], String)}, and also for bytes that are UTF-8 with
     *                                  damage, or whose detected single-byte charset gives a character the language
     *                                  does not use (the message names its byte offset, line and charset)
     */
    public static DecodedText decode(byte[] bytes, String declaredCharset, LanguageCharacters language)
            throws UndecodableTextException {
        Objects.requireNonNull(bytes, "bytes");
        Objects.requireNonNull(language, "language");
        // Validated before the BOM is looked at, so a misspelt declaration is reported rather than ignored.
        Optional<Charset> declared = resolveDeclared(declaredCharset);
        Optional<ByteOrderMark> bom = ByteOrderMark.of(bytes);
        DecodedText decoded;
        if (bom.isPresent()) {
            decoded = decodeWithBom(bytes, bom.get(), declared);
        } else if (declared.isPresent()) {
            decoded = decodeDeclared(bytes, declared.get(), declaredCharset);
        } else {
            decoded = detectAndDecode(bytes, language);
        }
        return requireNoNul(decoded);
    }

    /**
     * Whether {@link #decode} reads {@code bytes} in {@code declaredCharset}: one is declared and no byte order mark
     * overrides it. A language check that then fails most likely failed on a wrong declaration.
     */
    public static boolean readsAsDeclared(byte[] bytes, String declaredCharset) {
        return declaredCharset != null && !declaredCharset.isBlank() && ByteOrderMark.of(bytes).isEmpty();
    }

    /**
     * The charset a declaration names, as {@link #decode} reads it: the name matched case-insensitively against Java's
     * names and aliases and {@link #ALIASES} ({@code ANSI} is windows-1252); {@code charset=X} (or
     * {@code sourceCharset=X}, as messages write it) is X; ISO-8859-1 and US-ASCII, under any name ({@code latin1}),
     * are windows-1252.
     *
     * @return the charset's canonical name; empty for a blank declaration or one naming no {@link #SUPPORTED} charset
     */
    public static Optional<String> resolve(String declaredCharset) {
        if (declaredCharset == null || declaredCharset.isBlank()) {
            return Optional.empty();
        }
        return supportedCharset(nameOf(declaredCharset)).map(Charset::name);
    }

    /** "UTF-8" of {@code charset=UTF-8}, {@code sourceCharset="UTF-8"} or {@code  UTF-8 }. */
    private static String nameOf(String declaredCharset) {
        return PARAMETER.matcher(declaredCharset.strip()).replaceFirst("").replace("\"", "").strip();
    }

    private static Optional<Charset> resolveDeclared(String declaredCharset) throws UndecodableTextException {
        if (declaredCharset == null || declaredCharset.isBlank()) {
            return Optional.empty();
        }
        String name = declaredCharset.strip();
        Optional<Charset> charset = resolve(name).map(Charset::forName);
        if (charset.isEmpty()) {
            throw new UndecodableTextException("Unknown encoding '" + name + "'. Supported: "
                    + String.join(", ", SUPPORTED) + ".");
        }
        return charset;
    }

    private static DecodedText decodeWithBom(byte[] bytes, ByteOrderMark bom, Optional<Charset> declared)
            throws UndecodableTextException {
        Charset charset = Charset.forName(bom.charset());
        StrictDecoder.Result result = StrictDecoder.decode(bytes, bom.length(), charset);
        if (result instanceof StrictDecoder.Failed failed) {
            throw new UndecodableTextException("The file starts with a " + charset.name() + " byte order mark, but "
                    + describe(bytes, failed) + " are not valid " + charset.name()
                    + ". The file is damaged or was saved inconsistently; save it again as UTF-8.");
        }
        boolean confirmsDeclaration = declared.map(d -> sameEncoding(d, charset)).orElse(false);
        return new DecodedText(((StrictDecoder.Decoded) result).text(), charset.name(), !confirmsDeclaration);
    }

    private static DecodedText decodeDeclared(byte[] bytes, Charset charset, String declaredCharset)
            throws UndecodableTextException {
        String declared = declaredAs(charset, declaredCharset);
        StrictDecoder.Result result = StrictDecoder.decode(bytes, 0, charset);
        if (result instanceof StrictDecoder.Failed failed) {
            Optional<String> likely = likelyCharset(bytes).filter(name -> !name.equals(charset.name()));
            if (likely.isPresent()) {
                throw new UndecodableTextException(capitalise(describe(bytes, failed)) + " are not valid "
                        + declared + ". Save the file as UTF-8 or declare its real encoding; it looks like "
                        + likely.get() + ", so declare charset=" + likely.get() + ".");
            }
            // no other encoding fits: most likely the declared one, with a damaged byte (never advise it again)
            String others = Stream.of("GB18030", "windows-1252", "Shift_JIS")
                    .filter(name -> !sameEncoding(Charset.forName(name), charset)).limit(2)
                    .map(name -> "charset=" + name).collect(Collectors.joining(" or "));
            throw new UndecodableTextException(capitalise(describe(bytes, failed)) + " are not valid " + declared
                    + ": the file is damaged there, or in another encoding. Repair it there,"
                    + " or save it again as UTF-8; if it is in another encoding, declare that one (e.g. " + others
                    + ").");
        }
        if (!charset.name().startsWith("UTF-") && StrictDecoder.decode(bytes, 0, StandardCharsets.UTF_8)
                instanceof StrictDecoder.Decoded utf8) {
            refuseUtf8DeclaredLegacy(bytes, utf8.text(), charset);
        }
        String text = ((StrictDecoder.Decoded) result).text();
        refuseC1Controls(bytes, text, charset, declared);
        return new DecodedText(text, charset.name(), false);
    }

    /**
     * "windows-1252 (the declared encoding)", naming the declared name when Java would have read it as another
     * charset ({@code latin1}, {@code ANSI}, {@code cp932}). The name resolved, so it is a legal charset name.
     */
    private static String declaredAs(Charset charset, String declaredCharset) {
        String name = nameOf(declaredCharset);
        boolean readAsAnother = !Charset.isSupported(name) || !Charset.forName(name).name().equals(charset.name());
        return charset.name() + (readAsAnother
                ? " (the declared encoding, " + name + ", is read as " + charset.name() + ")"
                : " (the declared encoding)");
    }

    /**
     * A C1 control character (U+0080–U+009F) is never text: read in a declared ISO-8859-* charset, it is a
     * windows-125x quote, dash or € byte; in UTF-8 or UTF-16, damage. Stored, it would reach exports as an
     * invisible control.
     */
    private static void refuseC1Controls(byte[] bytes, String text, Charset charset, String declared)
            throws UndecodableTextException {
        int index = 0;
        while (index < text.length() && (text.charAt(index) < 0x80 || text.charAt(index) > 0x9F)) {
            index++;
        }
        if (index == text.length()) {
            return;
        }
        char control = text.charAt(index);
        // Java's UTF-16 encoder writes a byte order mark, which the declared UTF-16 had not; decoding reads it as BE.
        Charset encoder = charset.name().equals("UTF-16") ? StandardCharsets.UTF_16BE : charset;
        int offset = text.substring(0, index).getBytes(encoder).length;
        int length = String.valueOf(control).getBytes(encoder).length;
        int line = (int) text.substring(0, index).chars().filter(c -> c == '\n').count() + 1;
        String advice;
        if (singleByte(charset.name())) {
            String instead = suggestedCharset(bytes, text, charset.name(), "windows-1252");
            Optional<String> reads = readAs(bytes, offset, instead);
            advice = " The file is most likely in " + instead + reads.map(c -> ", where the byte is '" + c + "'")
                    .orElse("") + ": declare charset=" + instead + ", or save the file as UTF-8.";
        } else {
            advice = " Remove it from the file there, or save the file again as UTF-8 from the application that made"
                    + " it.";
        }
        // told as a decoding failure is: "The bytes at offset 20 (line 1: 0x80)"
        throw new UndecodableTextException(capitalise(describe(bytes, new StrictDecoder.Failed(offset, length, line)))
                + " read as " + LanguageCharacters.describe(control) + " in " + declared
                + ", which no text holds, so Tandem does not store it." + advice);
    }

    /** The character byte {@code offset} is in a single-byte charset, if it decodes there to a visible one. */
    private static Optional<String> readAs(byte[] bytes, int offset, String charset) {
        if (StrictDecoder.decode(new byte[] {bytes[offset]}, 0, Charset.forName(charset))
                instanceof StrictDecoder.Decoded decoded && !Character.isISOControl(decoded.text().codePointAt(0))) {
            return Optional.of(decoded.text());
        }
        return Optional.empty();
    }

    /**
     * The encoding to suggest declaring for {@code bytes}, read as {@code text}: for text whose letters are mostly
     * Latin, ICU's best Latin match (ISO-8859-1 read as windows-1252), else windows-1252; otherwise ICU's best match
     * that is not Latin, else {@code fallback}. Never {@code avoid} (the declaration that failed), never a Cyrillic
     * charset for German.
     */
    private static String suggestedCharset(byte[] bytes, String text, String avoid, String fallback) {
        long letters = text.codePoints().filter(Character::isLetter).count();
        long latin = text.codePoints().filter(c -> Character.isLetter(c) && UScript.getScript(c) == UScript.LATIN)
                .count();
        boolean mostlyLatin = latin * 2 > letters;
        return Stream.of(matches(bytes))
                .map(match -> supportedCharset(match.getName()).map(Charset::name))
                .flatMap(Optional::stream)
                .filter(name -> !name.equals(avoid) && LATIN.contains(name) == mostlyLatin)
                .findFirst()
                .orElse(mostlyLatin ? "windows-1252" : fallback);
    }

    /**
     * A legacy charset declared for bytes that are valid UTF-8 with non-ASCII characters is a mistake: legacy text
     * is almost never valid UTF-8 by accident (an accented letter followed by a plain one breaks it; GB18030, Big5 or
     * Shift_JIS text even less often), and read in the declared charset every character would be mojibake, which
     * the double-byte charsets decode without a single invalid byte ("schön" as "sch枚n" in GB2312). Common with web
     * pages that declare ISO-8859-1, or a Chinese charset their editor no longer writes.
     */
    private static void refuseUtf8DeclaredLegacy(byte[] bytes, String utf8, Charset declared)
            throws UndecodableTextException {
        int offset = 0;
        while (offset < bytes.length && bytes[offset] >= 0) {
            offset++;
        }
        if (offset == bytes.length) {
            return; // ASCII reads the same in every supported single-byte charset
        }
        int codePoint = utf8.codePoints().filter(c -> c >= 0x80).findFirst().orElseThrow();
        String character = new String(Character.toChars(codePoint));
        String misread = visible(new String(character.getBytes(StandardCharsets.UTF_8), declared));
        throw new UndecodableTextException("The file was declared " + declared.name() + ", but it is valid UTF-8: its"
                + " first non-ASCII character, " + LanguageCharacters.describe(codePoint) + " at offset " + offset
                + ", would read as '" + misread + "' in " + declared.name() + ", and so would every other. Leave the"
                + " encoding out (or declare UTF-8).");
    }

    /** Control characters (C1 ones are what ISO-8859-1 makes of UTF-8's continuation bytes) as U+0080. */
    private static String visible(String text) {
        StringBuilder shown = new StringBuilder();
        text.codePoints().forEach(c -> shown.append(Character.isISOControl(c)
                ? String.format(Locale.ROOT, "<U+%04X>", c) : new String(Character.toChars(c))));
        return shown.toString();
    }

    private static DecodedText detectAndDecode(byte[] bytes, LanguageCharacters language)
            throws UndecodableTextException {
        StrictDecoder.Result utf8 = StrictDecoder.decode(bytes, 0, StandardCharsets.UTF_8);
        boolean ambiguous = containsNulOrEsc(bytes);
        if (utf8 instanceof StrictDecoder.Decoded text && !ambiguous) {
            return new DecodedText(text.text(), "UTF-8", true);
        }
        Utf8Damage.Counts damage = null;
        if (utf8 instanceof StrictDecoder.Failed failed) {
            damage = Utf8Damage.count(bytes, language);
            if (damage.mostlyUtf8()) {
                throw damagedUtf8(bytes, failed, damage, null);
            }
        }
        Detection detection = detect(bytes, language);
        if (detection.text() != null) {
            if (damage != null && damage.partlyUtf8() && singleByte(detection.text().charset())) {
                throw damagedUtf8(bytes, (StrictDecoder.Failed) utf8, damage, detection.text().charset());
            }
            return detection.text();
        }
        Optional<DecodedText> utf16 = plausibleUtf16(bytes, language);
        if (utf16.isPresent()) {
            return utf16.get();
        }
        if (detection.implausible() != null) {
            throw implausible(bytes, detection.implausible(), language);
        }
        if (utf8 instanceof StrictDecoder.Decoded text) {
            // Nothing better than UTF-8; a NUL in it is reported by requireNoNul with advice.
            return new DecodedText(text.text(), "UTF-8", true);
        }
        StrictDecoder.Failed failed = (StrictDecoder.Failed) utf8;
        Optional<UndecodableTextException> damaged = damagedInDetected(bytes);
        if (damaged.isPresent()) {
            throw damaged.get();
        }
        throw new UndecodableTextException("Could not determine the encoding of the file. It is not UTF-8: "
                + describe(bytes, failed) + " are invalid. No supported encoding matches it with enough"
                + " confidence" + bestGuess(bytes) + ". Declare its encoding (e.g. charset=windows-1252,"
                + " charset=GB18030 or charset=Shift_JIS) or save it as UTF-8.");
    }

    /**
     * A file that detection confidently reads as a multi-byte charset (GB18030, Big5, Shift_JIS…) but that breaks
     * that charset at some byte: a damaged file, to be told as such with the place of the damage.
     */
    private static Optional<UndecodableTextException> damagedInDetected(byte[] bytes) {
        CharsetMatch[] matches = matches(bytes);
        if (matches.length == 0 || !trusted(matches[0], matches.length > 1 ? matches[1].getConfidence() : 0)) {
            return Optional.empty();
        }
        return supportedCharset(matches[0].getName())
                .filter(charset -> !singleByte(charset.name()))
                .flatMap(charset -> StrictDecoder.decode(bytes, 0, charset) instanceof StrictDecoder.Failed failed
                        ? Optional.of(new UndecodableTextException("The file reads as " + charset.name()
                        + " (detected with confidence " + matches[0].getConfidence() + " of 100; it is not UTF-8),"
                        + " but " + describe(bytes, failed) + " are not valid " + charset.name() + ": the file is"
                        + " damaged there. Repair it there, or save it again as UTF-8 from the application that made"
                        + " it; if it is in another encoding, declare that one (e.g. charset=Big5)."))
                        : Optional.empty());
    }

    /**
     * UTF-16 without a byte order mark, which ICU tells only by the NULs of Latin text: Chinese or Japanese in UTF-16
     * has none, so ICU is unsure (confidence 10). Taken when one byte order reads as the language's text throughout
     * (every character plausible, at least 20 letters); the other order, or another charset read as UTF-16, gives
     * surrogates, Hangul or private-use characters that Chinese does not use.
     */
    private static Optional<DecodedText> plausibleUtf16(byte[] bytes, LanguageCharacters language) {
        if (language == LanguageCharacters.ANY || bytes.length % 2 != 0) {
            return Optional.empty();
        }
        for (Charset charset : List.of(StandardCharsets.UTF_16LE, StandardCharsets.UTF_16BE)) {
            if (StrictDecoder.decode(bytes, 0, charset) instanceof StrictDecoder.Decoded decoded) {
                String text = decoded.text();
                boolean plausible = text.codePoints().allMatch(c -> c == '\n' || c == '\r' || c == '\t'
                        || c >= 0x20 && language.plausible(c));
                if (plausible && text.codePoints().filter(Character::isLetter).limit(20).count() == 20) {
                    return Optional.of(new DecodedText(text, charset.name(), true));
                }
            }
        }
        return Optional.empty();
    }

    /** What detection found: the text, or else the first implausible character of a trusted candidate. */
    private record Detection(DecodedText text, Implausible implausible) {
    }

    /** A character of a single-byte charset's reading that the language does not use, at its byte offset. */
    private record Implausible(String charset, int offset, int line, int codePoint) {
    }

    /**
     * The first ICU match that is supported, confident enough, decodes strictly without NULs and, for a single-byte
     * charset, gives only characters plausible in the language.
     */
    private static Detection detect(byte[] bytes, LanguageCharacters language) {
        CharsetMatch[] matches = matches(bytes);
        Implausible firstImplausible = null;
        for (int i = 0; i < matches.length; i++) {
            CharsetMatch match = matches[i];
            if (!trusted(match, i + 1 < matches.length ? matches[i + 1].getConfidence() : 0)) {
                break; // matches are sorted by confidence, so the rest are trusted even less
            }
            Optional<Charset> charset = supportedCharset(match.getName());
            if (charset.isPresent()
                    && StrictDecoder.decode(bytes, 0, charset.get()) instanceof StrictDecoder.Decoded text
                    && text.text().indexOf('\u0000') < 0) {
                Implausible implausible = singleByte(charset.get().name())
                        ? firstImplausible(text.text(), charset.get().name(), language) : null;
                if (implausible == null) {
                    return new Detection(new DecodedText(text.text(), charset.get().name(), true), null);
                }
                firstImplausible = firstImplausible == null ? implausible : firstImplausible;
            }
        }
        return new Detection(null, firstImplausible);
    }

    /** In a single-byte charset a character's index is its byte offset. */
    private static Implausible firstImplausible(String text, String charset, LanguageCharacters language) {
        int line = 1;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n') {
                line++;
            } else if (!language.plausible(c)) {
                return new Implausible(charset, i, line, c);
            }
        }
        return null;
    }

    private static boolean singleByte(String charsetName) {
        Charset charset = Charset.forName(charsetName);
        return charset.canEncode() && charset.newEncoder().maxBytesPerChar() == 1.0f;
    }

    private static UndecodableTextException damagedUtf8(byte[] bytes, StrictDecoder.Failed failed,
                                                        Utf8Damage.Counts damage, String detected) {
        String mixed = detected == null ? "" : " The rest reads as " + detected + ", so the file mixes two encodings.";
        return new UndecodableTextException("The file is UTF-8 with damage: it has UTF-8 characters (the first, "
                + LanguageCharacters.describe(damage.exampleCodePoint()) + ", at offset " + damage.example()
                + "), but " + describe(bytes, failed) + " are not valid UTF-8." + mixed + " Read in another"
                + " encoding, every UTF-8 character would turn into mojibake (" + mojibake(damage.exampleCodePoint())
                + "), so Tandem refuses it."
                + " Repair the file there, or save it again as UTF-8; if it really is in another encoding, declare it"
                + " (e.g. charset=windows-1252).");
    }

    /** "'—' as 'â€”'": how a UTF-8 character reads in windows-1252. */
    private static String mojibake(int codePoint) {
        String character = new String(Character.toChars(codePoint));
        String misread = visible(new String(character.getBytes(StandardCharsets.UTF_8), Charset.forName("windows-1252")));
        return "'" + character + "' as '" + misread + "'";
    }

    private static UndecodableTextException implausible(byte[] bytes, Implausible found,
                                                        LanguageCharacters language) {
        String why = language == LanguageCharacters.ANY ? "which is no character of a text"
                : "a character " + language.languageName() + " text does not use";
        String read = ((StrictDecoder.Decoded) StrictDecoder.decode(bytes, 0, Charset.forName(found.charset()))).text();
        return new UndecodableTextException(String.format(Locale.ROOT, "The byte 0x%02X at offset %d (line %d)"
                        + " reads as %s in %s, the encoding detected for this file (it is not UTF-8), %s: the file is"
                        + " damaged there, or in an encoding detection cannot tell. Save it as UTF-8, or declare its"
                        + " real encoding (e.g. charset=%s).",
                bytes[found.offset()] & 0xFF, found.offset(), found.line(),
                LanguageCharacters.describe(found.codePoint()), found.charset(), why,
                suggestedCharset(bytes, read, null, found.charset())));
    }

    private static boolean trusted(CharsetMatch match, int runnerUpConfidence) {
        int confidence = match.getConfidence();
        return confidence >= MIN_CONFIDENCE
                || confidence >= MIN_CONFIDENCE_WITH_LEAD && confidence - runnerUpConfidence >= MIN_LEAD;
    }

    private static Optional<String> likelyCharset(byte[] bytes) {
        return Optional.ofNullable(detect(bytes, LanguageCharacters.ANY).text()).map(DecodedText::charset);
    }

    private static String bestGuess(byte[] bytes) {
        CharsetMatch[] matches = matches(bytes);
        if (matches.length == 0) {
            return "";
        }
        return " (the best guess, " + matches[0].getName() + ", has confidence " + matches[0].getConfidence()
                + " of 100)";
    }

    private static CharsetMatch[] matches(byte[] bytes) {
        CharsetDetector detector = new CharsetDetector();
        detector.setText(bytes);
        CharsetMatch[] matches = detector.detectAll();
        return matches == null ? new CharsetMatch[0] : matches;
    }

    private static DecodedText requireNoNul(DecodedText decoded) throws UndecodableTextException {
        int nul = decoded.text().indexOf('\u0000');
        if (nul >= 0) {
            throw new UndecodableTextException("The text contains a NUL character (U+0000) at character " + nul
                    + " after decoding as " + decoded.charset() + ". This looks like a binary file (e.g. .docx or"
                    + " .pdf) or UTF-16 text without a byte order mark. Upload plain text saved as UTF-8, or declare"
                    + " its real encoding (e.g. charset=UTF-16LE).");
        }
        return decoded;
    }

    /** The charset a name (declared, or ICU's) is read as: see {@link #resolve}. */
    private static Optional<Charset> supportedCharset(String name) {
        return lookup(ALIASES.getOrDefault(name.toLowerCase(Locale.ROOT), name));
    }

    private static Optional<Charset> lookup(String name) {
        try {
            Charset charset = Charset.forName(name);
            if (READ_AS.containsKey(charset.name())) {
                charset = Charset.forName(READ_AS.get(charset.name()));
            }
            return SUPPORTED.contains(charset.name()) ? Optional.of(charset) : Optional.empty();
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            return Optional.empty();
        }
    }

    /** A declared UTF-16 or UTF-32 without byte order is confirmed by either byte order mark of its family. */
    private static boolean sameEncoding(Charset declared, Charset fromBom) {
        String d = declared.name();
        String b = fromBom.name();
        return d.equals(b) || (d.equals("UTF-16") || d.equals("UTF-32")) && b.startsWith(d);
    }

    private static boolean containsNulOrEsc(byte[] bytes) {
        for (byte b : bytes) {
            if (b == 0x00 || b == 0x1B) {
                return true;
            }
        }
        return false;
    }

    /** "the bytes at offset 1234 (line 5: 0xC3 0x28)". */
    private static String describe(byte[] bytes, StrictDecoder.Failed failed) {
        int shown = Math.min(failed.length(), 4);
        String hex = Stream.iterate(failed.byteOffset(), i -> i + 1)
                .limit(Math.min(shown, bytes.length - failed.byteOffset()))
                .map(i -> String.format(Locale.ROOT, "0x%02X", bytes[i] & 0xFF))
                .collect(Collectors.joining(" "));
        return "the bytes at offset " + failed.byteOffset() + " (line " + failed.line() + ": " + hex + ")";
    }

    private static String capitalise(String s) {
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    private static Set<String> supported(String... names) {
        Set<String> set = new LinkedHashSet<>();
        for (String name : names) {
            // Canonical names, and only charsets this JVM has, so the set never promises what decode cannot do.
            if (Charset.isSupported(name)) {
                set.add(Charset.forName(name).name());
            }
        }
        return Collections.unmodifiableSet(set);
    }
}
