// SPDX-License-Identifier: Apache-2.0
package dev.tandem.formats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class TextDecoderTest {

    static final String ENGLISH = "The committee met on Tuesday.\r\nIt approved the budget.\n";

    static final String CHINESE = """
            今天早上，我和朋友一起去公园散步。天气很好，阳光明媚，公园里有很多人在锻炼身体。
            有的人在跑步，有的人在打太极拳，还有一些老人坐在长椅上聊天。我们走到湖边，看见几只小鸭子在水里游来游去。
            朋友说，他小时候常常跟爷爷来这里钓鱼。那时候湖边没有这么多高楼，周围都是农田和小村庄。
            后来城市发展得越来越快，很多地方都变了，只有这个公园还保留着以前的样子。
            中午我们在附近的一家小饭馆吃饭。老板很热情，给我们推荐了他们的特色菜：红烧肉、西红柿炒鸡蛋和一碗热汤。
            吃完饭以后，我们又回到公园，在树下休息了一会儿，然后各自回家。这是一个愉快的周末。
            """;

    static final String TRADITIONAL_CHINESE = """
            我們的圖書館每天早上九點開門，晚上十點關門。館內有許多中文和外文書籍，也有報紙和雜誌。
            學生們常常在這裡讀書、寫報告，或者安靜地準備考試。週末的時候，圖書館會舉辦講座和讀書會。
            上個月有一位作家來介紹他的新書，他說寫作最重要的是觀察生活，並且每天都要練習。
            很多讀者聽完以後都覺得很有收穫，還排隊請他簽名。館長希望以後能邀請更多的作家和學者來演講。
            如果你想借書，只需要帶學生證到服務台辦理手續。每個人一次最多可以借十本書，借期是三個星期。
            """;

    static final String JAPANESE = """
            昨日は雨が降っていたので、一日中家で本を読んでいました。読んだのは古い推理小説で、とても面白かったです。
            主人公の探偵は小さな町で起きた事件を調べるために、東京から電車に乗ってやって来ます。
            町の人々はみんな親切ですが、何かを隠しているようです。探偵は一人ずつ話を聞き、少しずつ真実に近づいていきます。
            最後の章では、意外な人物が犯人だと分かり、思わず声を上げてしまいました。
            夕方になって雨がやんだので、近くのコンビニまで散歩に行きました。空気がきれいで、とても気持ちがよかったです。
            """;

    static final String FRENCH_GERMAN = """
            L’été dernier, nous sommes allés à Besançon pour la fête de la musique. Le café coûtait 2,50 €.
            Les élèves étaient très enthousiastes : « C’est génial ! » disaient-ils. Où est la bibliothèque ?
            Il fallait être prêt à côtoyer des étrangers, à goûter des crêpes et à écouter des chœurs.
            Die Straßenbahn fährt über die Brücke. Müller und Schäfer trafen sich im Café „Zur Sonne“.
            Für größere Gruppen gibt es Ermäßigungen; die Führung dauert ungefähr eine Stunde – mit Pause.
            Die Bäckerei öffnet früh, und die Brötchen sind warm. Übermorgen fahren wir nach Österreich.
            """;

    static final String RUSSIAN = """
            Вчера вечером мы с друзьями ходили в театр. Спектакль был поставлен по пьесе Чехова «Вишнёвый сад».
            Актёры играли замечательно, особенно исполнительница главной роли. Зал был полон, и публика долго аплодировала.
            После спектакля мы пошли в небольшое кафе неподалёку, чтобы обсудить увиденное и выпить горячего чаю.
            Мой друг сказал, что впервые понял, почему эту пьесу называют комедией, хотя в ней так много грусти.
            Домой мы вернулись поздно, но настроение у всех было прекрасное. В следующем месяце хотим посмотреть оперу.
            """;

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }

    private static byte[] bytes(int... values) {
        byte[] out = new byte[values.length];
        for (int i = 0; i < values.length; i++) {
            out[i] = (byte) values[i];
        }
        return out;
    }

    // --- byte order marks and UTF ---

    @Test
    void shouldTakeValidUtf8WithoutDeclaration() throws Exception {
        DecodedText decoded = TextDecoder.decode((ENGLISH + CHINESE + "😀").getBytes(StandardCharsets.UTF_8), null);
        assertEquals(ENGLISH + CHINESE + "😀", decoded.text());
        assertEquals("UTF-8", decoded.charset());
        assertTrue(decoded.detected());
    }

    @Test
    void shouldStripUtf8BomAndKeepLineEndings() throws Exception {
        byte[] withBom = concat(bytes(0xEF, 0xBB, 0xBF), ENGLISH.getBytes(StandardCharsets.UTF_8));
        DecodedText decoded = TextDecoder.decode(withBom, null);
        assertEquals(ENGLISH, decoded.text());
        assertEquals("UTF-8", decoded.charset());
        assertTrue(decoded.detected());
    }

    @Test
    void shouldUseDeclaredUtf8AsNotDetected() throws Exception {
        DecodedText decoded = TextDecoder.decode(CHINESE.getBytes(StandardCharsets.UTF_8), "utf8");
        assertEquals(new DecodedText(CHINESE, "UTF-8", false), decoded);
        byte[] withBom = concat(bytes(0xEF, 0xBB, 0xBF), ENGLISH.getBytes(StandardCharsets.UTF_8));
        assertEquals(new DecodedText(ENGLISH, "UTF-8", false), TextDecoder.decode(withBom, "UTF-8"));
    }

    @Test
    void shouldTellWhetherADeclarationDecidesTheReading() {
        byte[] plain = ENGLISH.getBytes(StandardCharsets.UTF_8);
        assertTrue(TextDecoder.readsAsDeclared(plain, "latin1"));
        assertFalse(TextDecoder.readsAsDeclared(plain, null));
        assertFalse(TextDecoder.readsAsDeclared(plain, " "));
        assertFalse(TextDecoder.readsAsDeclared(concat(bytes(0xEF, 0xBB, 0xBF), plain), "latin1"),
                "a byte order mark wins over the declaration");
    }

    @Test
    void shouldDecodeUtf16LittleAndBigEndianWithBom() throws Exception {
        String text = ENGLISH + JAPANESE + "😀";
        byte[] le = concat(bytes(0xFF, 0xFE), text.getBytes(StandardCharsets.UTF_16LE));
        byte[] be = concat(bytes(0xFE, 0xFF), text.getBytes(StandardCharsets.UTF_16BE));
        assertEquals(new DecodedText(text, "UTF-16LE", true), TextDecoder.decode(le, null));
        assertEquals(new DecodedText(text, "UTF-16BE", true), TextDecoder.decode(be, null));
        assertEquals(new DecodedText(text, "UTF-16LE", false), TextDecoder.decode(le, "UTF-16"));
    }

    @Test
    void shouldDecodeUtf32WithBom() throws Exception {
        byte[] le = concat(bytes(0xFF, 0xFE, 0x00, 0x00), "Grüße 😀".getBytes(Charset.forName("UTF-32LE")));
        assertEquals(new DecodedText("Grüße 😀", "UTF-32LE", true), TextDecoder.decode(le, null));
    }

    @Test
    void shouldLetBomWinOverContradictingDeclaration() throws Exception {
        byte[] withBom = concat(bytes(0xEF, 0xBB, 0xBF), "Déjà vu".getBytes(StandardCharsets.UTF_8));
        assertEquals(new DecodedText("Déjà vu", "UTF-8", true), TextDecoder.decode(withBom, "windows-1252"));
    }

    @Test
    void shouldDecodeEmptyInput() throws Exception {
        assertEquals(new DecodedText("", "UTF-8", true), TextDecoder.decode(new byte[0], null));
        assertEquals(new DecodedText("", "UTF-8", true), TextDecoder.decode(bytes(0xEF, 0xBB, 0xBF), null));
    }

    @Test
    void shouldDetectUtf16WithoutBom() throws Exception {
        String text = "This file was saved as UTF-16 without a byte order mark.\nIt has two lines of English.\n";
        DecodedText decoded = TextDecoder.decode(text.getBytes(StandardCharsets.UTF_16LE), null);
        assertEquals(text, decoded.text());
        assertEquals("UTF-16LE", decoded.charset());
        assertTrue(decoded.detected());
    }

    // --- detection of legacy charsets ---

    /** Encodes strictly, so that a test text the charset cannot represent fails here rather than as '?'. */
    private static byte[] encode(String text, String charset) throws Exception {
        ByteBuffer encoded = Charset.forName(charset).newEncoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT)
                .encode(CharBuffer.wrap(text));
        return Arrays.copyOf(encoded.array(), encoded.limit());
    }

    private static void assertDetected(String text, String charset) throws Exception {
        DecodedText decoded = TextDecoder.decode(encode(text, charset), null);
        assertEquals(text, decoded.text(), "text decoded as " + decoded.charset());
        assertEquals(charset, decoded.charset());
        assertTrue(decoded.detected());
    }

    @Test
    void shouldDetectGb18030Chinese() throws Exception {
        assertDetected(CHINESE, "GB18030");
    }

    @Test
    void shouldDetectBig5TraditionalChinese() throws Exception {
        assertDetected(TRADITIONAL_CHINESE, "Big5");
    }

    @Test
    void shouldDetectShiftJisJapanese() throws Exception {
        assertDetected(JAPANESE, "Shift_JIS");
    }

    @Test
    void shouldDetectEucJpJapanese() throws Exception {
        assertDetected(JAPANESE, "EUC-JP");
    }

    @Test
    void shouldDetectWindows1252FrenchAndGerman() throws Exception {
        assertDetected(FRENCH_GERMAN, "windows-1252");
    }

    @Test
    void shouldDetectWindows1251Russian() throws Exception {
        assertDetected(RUSSIAN, "windows-1251");
    }

    @Test
    void shouldDetectKoi8rRussian() throws Exception {
        // KOI8-R has no guillemets.
        assertDetected(RUSSIAN.replace('«', '"').replace('»', '"'), "KOI8-R");
    }

    @Test
    void shouldDetectIso2022JpInsteadOfTakingItForUtf8() throws Exception {
        assertDetected(JAPANESE, "ISO-2022-JP");
    }

    // --- declared charsets ---

    @Test
    void shouldDecodeDeclaredLegacyCharsets() throws Exception {
        assertEquals(new DecodedText(CHINESE, "GB18030", false),
                TextDecoder.decode(CHINESE.getBytes(Charset.forName("GB18030")), "gb18030"));
        assertEquals(new DecodedText(FRENCH_GERMAN, "windows-1252", false),
                TextDecoder.decode(FRENCH_GERMAN.getBytes(Charset.forName("windows-1252")), "cp1252"));
        String shortRussian = "Да.";
        assertEquals(new DecodedText(shortRussian, "KOI8-R", false),
                TextDecoder.decode(shortRussian.getBytes(Charset.forName("KOI8-R")), "koi8-r"));
        String ms932 = "①番の～";
        assertEquals(new DecodedText(ms932, "windows-31j", false),
                TextDecoder.decode(ms932.getBytes(Charset.forName("windows-31j")), "cp932"));
    }

    /** What a translator's Windows editor saves: windows-1252, with €, – and German quotes in 0x80–0x9F. */
    static final byte[] GERMAN_1252 = latin1Bytes("Der Preis betr\u00e4gt 5 ", 0x80, " ", 0x96, " g\u00fcnstig. ",
            0x84, "Gut", 0x93, ", sagte er.");

    /** Latin-1 characters of {@code parts} as bytes, ints as the byte itself. */
    private static byte[] latin1Bytes(Object... parts) {
        StringBuilder text = new StringBuilder();
        for (Object part : parts) {
            text.append(part instanceof Integer b ? (char) b.intValue() : part);
        }
        return text.toString().getBytes(StandardCharsets.ISO_8859_1);
    }

    @Test
    void shouldReadLatin1AndAsciiLabelsAsWindows1252AsBrowsersDo() throws Exception {
        String expected = "Der Preis betr\u00e4gt 5 \u20ac \u2013 g\u00fcnstig. \u201eGut\u201c, sagte er.";
        for (String label : List.of("latin1", "ISO-8859-1", "iso8859_1", "us-ascii", "ANSI", "ansi", "cp1252")) {
            assertEquals(new DecodedText(expected, "windows-1252", false), TextDecoder.decode(GERMAN_1252, label),
                    label);
        }
        assertEquals(Optional.of("windows-1252"), TextDecoder.resolve(" Latin1 "));
    }

    @Test
    void shouldTakeADeclarationWrittenAsCharsetParameter() throws Exception {
        byte[] utf8 = "Gr\u00fc\u00dfe \u2013 5 \u20ac".getBytes(StandardCharsets.UTF_8);
        for (String label : List.of("charset=UTF-8", " Charset = utf-8 ", "CHARSET=\"UTF-8\"", "sourceCharset=UTF-8")) {
            assertEquals(new DecodedText("Gr\u00fc\u00dfe \u2013 5 \u20ac", "UTF-8", false),
                    TextDecoder.decode(utf8, label), label);
        }
        assertEquals("windows-1252", TextDecoder.decode(GERMAN_1252, "charset=latin1").charset());
        UndecodableTextException unknown = assertThrows(UndecodableTextException.class,
                () -> TextDecoder.decode(utf8, "charset=klingon-8"));
        assertTrue(unknown.getMessage().startsWith("Unknown encoding 'charset=klingon-8'."), unknown.getMessage());
    }

    @Test
    void shouldRefuseADeclaredCharsetThatReadsBytesAsC1Controls() {
        UndecodableTextException e = assertThrows(UndecodableTextException.class,
                () -> TextDecoder.decode(GERMAN_1252, "ISO-8859-15", LanguageCharacters.of("de")));
        assertEquals("The bytes at offset 20 (line 1: 0x80) read as a control character (U+0080) in ISO-8859-15 (the"
                + " declared encoding), which no text holds, so Tandem does not store it. The file is most likely in"
                + " windows-1252, where the byte is '\u20ac': declare charset=windows-1252, or save the file as UTF-8.",
                e.getMessage());
        // on a later line, in UTF-8: the offset and the bytes of the character
        byte[] utf8 = "Erste Zeile.\nZweite \u0085 Zeile.".getBytes(StandardCharsets.UTF_8);
        UndecodableTextException control = assertThrows(UndecodableTextException.class,
                () -> TextDecoder.decode(utf8, "UTF-8"));
        assertTrue(control.getMessage().startsWith("The bytes at offset 20 (line 2: 0xC2 0x85) read as a control"
                + " character (U+0085) in UTF-8 (the declared encoding)"), control.getMessage());
        assertFalse(control.getMessage().contains("\u0085"), control.getMessage());
    }

    @Test
    void shouldSuggestALatinEncodingForLatinTextAndShowControlsByCodePointOnly() throws Exception {
        String german = "Die Stra\u00dfenbahn f\u00e4hrt \u00fcber die Br\u00fccke. M\u00fcller und Sch\u00e4fer trafen"
                + " sich im Caf\u00e9. Die B\u00e4ckerei \u00f6ffnet fr\u00fch, und die Br\u00f6tchen sind warm.\n";
        byte[] bytes = concat(concat(encode(german, "windows-1252"), bytes(0xFE)), encode(german, "windows-1252"));
        UndecodableTextException e = refused(bytes, "de");
        assertTrue(e.getMessage().contains("reads as '\u00fe' (U+00FE)"), e.getMessage());
        assertTrue(e.getMessage().contains("(e.g. charset=windows-1252)"), e.getMessage());
        assertFalse(e.getMessage().contains("windows-1251"), e.getMessage());
        assertEquals("a control character (U+0081)", LanguageCharacters.describe(0x81));
        assertEquals("'\u00fe' (U+00FE)", LanguageCharacters.describe(0xFE));
    }

    @Test
    void shouldRejectInvalidBytesInDeclaredCharsetNamingTheOffset() {
        byte[] gb = CHINESE.getBytes(Charset.forName("GB18030"));
        byte[] bytes = concat("First line\nSecond: ".getBytes(StandardCharsets.US_ASCII), gb);
        UndecodableTextException e = assertThrows(UndecodableTextException.class,
                () -> TextDecoder.decode(bytes, "UTF-8"));
        assertTrue(e.getMessage().startsWith("The bytes at offset 19 (line 2: 0x"), e.getMessage());
        assertTrue(e.getMessage().contains("not valid UTF-8 (the declared encoding)"), e.getMessage());
        assertTrue(e.getMessage().contains("charset=GB18030"), e.getMessage());
    }

    @Test
    void shouldTellADamagedByteInAChineseFileAsDamageWhereItIs() {
        byte[] gb = (CHINESE + CHINESE).getBytes(Charset.forName("GB18030"));
        byte[] damaged = concat(concat(java.util.Arrays.copyOf(gb, 200), bytes(0xFF)),
                java.util.Arrays.copyOfRange(gb, 200, gb.length));
        // detected: what it reads as, and where it breaks
        UndecodableTextException detected = assertThrows(UndecodableTextException.class,
                () -> TextDecoder.decode(damaged, null));
        assertTrue(detected.getMessage().startsWith("The file reads as GB18030 (detected with confidence"),
                detected.getMessage());
        assertTrue(detected.getMessage().contains("offset 200") && detected.getMessage().contains("0xFF")
                && detected.getMessage().contains("damaged there"), detected.getMessage());
        // declared: not advised to declare what was declared
        UndecodableTextException declared = assertThrows(UndecodableTextException.class,
                () -> TextDecoder.decode(damaged, "GB18030"));
        assertTrue(declared.getMessage().contains("not valid GB18030 (the declared encoding): the file is damaged"
                + " there"), declared.getMessage());
        assertFalse(declared.getMessage().contains("charset=GB18030"), declared.getMessage());
    }

    @Test
    void shouldRejectUnmappableByteInDeclaredSingleByteCharset() {
        byte[] bytes = bytes('a', 'b', 0x81, 'c'); // 0x81 is unassigned in windows-1252
        UndecodableTextException e = assertThrows(UndecodableTextException.class,
                () -> TextDecoder.decode(bytes, "windows-1252"));
        assertTrue(e.getMessage().contains("offset 2 (line 1: 0x81)"), e.getMessage());
    }

    @Test
    void shouldRejectUnknownDeclaredCharset() {
        UndecodableTextException e = assertThrows(UndecodableTextException.class,
                () -> TextDecoder.decode("abc".getBytes(StandardCharsets.US_ASCII), "klingon-8"));
        assertTrue(e.getMessage().startsWith("Unknown encoding 'klingon-8'. Supported: UTF-8, "), e.getMessage());
        assertThrows(UndecodableTextException.class, () -> TextDecoder.decode(new byte[0], "not a name!"));
        // Known to Java but not offered: EBCDIC.
        assertThrows(UndecodableTextException.class, () -> TextDecoder.decode(new byte[0], "IBM037"));
    }

    @Test
    void shouldTreatBlankDeclarationAsAbsent() throws Exception {
        assertEquals(new DecodedText("abc", "UTF-8", true), TextDecoder.decode("abc".getBytes(StandardCharsets.UTF_8), " "));
    }

    // --- undecidable and binary input ---

    @Test
    void shouldRejectUndecidableBytesWithAClearMessage() {
        // Too short and too random for any detector to be confident, and not UTF-8.
        byte[] bytes = bytes('O', 'K', ' ', 0xC3, 0x28, 0xA0, 0xA1, 0x99);
        UndecodableTextException e = assertThrows(UndecodableTextException.class, () -> TextDecoder.decode(bytes, null));
        assertTrue(e.getMessage().startsWith("Could not determine the encoding"), e.getMessage());
        assertTrue(e.getMessage().contains("offset 3 (line 1: 0xC3"), e.getMessage());
        assertTrue(e.getMessage().contains("Declare its encoding"), e.getMessage());
    }

    @Test
    void shouldRejectNulCharacters() {
        byte[] bytes = bytes('P', 'K', 0x03, 0x04, 0x00, 0x00, 'x', 'm', 'l');
        UndecodableTextException e = assertThrows(UndecodableTextException.class, () -> TextDecoder.decode(bytes, null));
        assertTrue(e.getMessage().contains("NUL character (U+0000)"), e.getMessage());
        UndecodableTextException declared = assertThrows(UndecodableTextException.class,
                () -> TextDecoder.decode("a\u0000b".getBytes(StandardCharsets.UTF_8), "UTF-8"));
        assertTrue(declared.getMessage().contains("at character 1"), declared.getMessage());
    }

    // --- UTF-8 with damage, and implausible characters of detected charsets ---

    private static final LanguageCharacters EN = LanguageCharacters.of("en");

    private static UndecodableTextException refused(byte[] bytes, String language) {
        return assertThrows(UndecodableTextException.class,
                () -> TextDecoder.decode(bytes, null, LanguageCharacters.of(language)));
    }

    @Test
    void shouldReadChineseAndJapaneseInUtf16WithoutAByteOrderMark() throws Exception {
        assertEquals(new DecodedText(CHINESE, "UTF-16LE", true), decoded(encode(CHINESE, "UTF-16LE"), "zh"));
        assertEquals(new DecodedText(JAPANESE, "UTF-16BE", true), decoded(encode(JAPANESE, "UTF-16BE"), "ja"));
        // the other encodings of the same texts are not taken for UTF-16
        assertEquals("GB18030", decoded(encode(CHINESE, "GB18030"), "zh").charset());
        assertEquals("Big5", decoded(encode(TRADITIONAL_CHINESE, "Big5"), "zh-Hant").charset());
        assertEquals("Shift_JIS", decoded(encode(JAPANESE, "Shift_JIS"), "ja").charset());
    }

    private static DecodedText decoded(byte[] bytes, String language) throws Exception {
        return TextDecoder.decode(bytes, null, LanguageCharacters.of(language));
    }

    @Test
    void shouldRefuseUtf8WithAStrayByteNamingItsOffsetInsteadOfReadingItAsWindows1252() {
        String text = "It was late\u2014very late\u2014when we arrived.\nShe said it was the last train\u2014and it was.\n";
        byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
        byte[] bytes = concat(concat(utf8, bytes(0xFF)), "More.\n".getBytes(StandardCharsets.UTF_8));
        for (LanguageCharacters language : List.of(EN, LanguageCharacters.ANY)) {
            UndecodableTextException e = assertThrows(UndecodableTextException.class,
                    () -> TextDecoder.decode(bytes, null, language));
            assertTrue(e.getMessage().startsWith("The file is UTF-8 with damage"), e.getMessage());
            assertTrue(e.getMessage().contains("the bytes at offset " + utf8.length + " (line 3: 0xFF)"), e.getMessage());
            assertTrue(e.getMessage().contains("'\u2014' as '\u00e2\u20ac\u201d'"), e.getMessage());
        }
        // Short texts too: one dash and the stray byte.
        UndecodableTextException shortText = refused(concat("A\u2014B".getBytes(StandardCharsets.UTF_8), bytes(0xFF)), "en");
        assertTrue(shortText.getMessage().contains("offset 5 (line 1: 0xFF)"), shortText.getMessage());
        // Chinese, cut in the middle of its last character.
        byte[] chinese = CHINESE.strip().getBytes(StandardCharsets.UTF_8);
        UndecodableTextException cut = refused(Arrays.copyOf(chinese, chinese.length - 1), "zh");
        assertTrue(cut.getMessage().contains("offset " + (chinese.length - 3)), cut.getMessage());
    }

    @Test
    void shouldRefuseAFileMixingUtf8AndWindows1252() throws Exception {
        // A few UTF-8 dashes, more windows-1252 ones (0x97): it reads as windows-1252, and the UTF-8 ones as mojibake.
        byte[] utf8Part = "Before\u2014after, here\u2014there. ".getBytes(StandardCharsets.UTF_8);
        byte[] legacyPart = "One\u2014two, three\u2014four, five\u2014six, seven\u2014eight.".getBytes("windows-1252");
        UndecodableTextException e = refused(concat(utf8Part, legacyPart), "en");
        assertTrue(e.getMessage().contains("mixes two encodings"), e.getMessage());
    }

    @Test
    void shouldRefuseStrayBytesInAsciiTextThatDecodeToLettersTheLanguageDoesNotUse() {
        String ascii = "The committee met on Tuesday. It approved the budget for the next year after a long debate.\n";
        byte[] bytes = concat(concat(ascii.getBytes(StandardCharsets.US_ASCII), bytes(0xFF, 0xFE, 0x80)),
                ascii.getBytes(StandardCharsets.US_ASCII));
        UndecodableTextException e = refused(bytes, "en");
        assertTrue(e.getMessage().startsWith("The byte 0xFE at offset " + (ascii.length() + 1) + " (line 2) reads as"
                + " '\u00fe' (U+00FE) in windows-1252"), e.getMessage());
        assertTrue(e.getMessage().contains("a character English text does not use"), e.getMessage());
        assertTrue(e.getMessage().contains("declare its real encoding"), e.getMessage());
    }

    @Test
    void shouldKeepDetectingLegacyFilesInTheirLanguage() throws Exception {
        assertEquals(new DecodedText(CHINESE, "GB18030", true), decoded(encode(CHINESE, "GB18030"), "zh"));
        assertEquals(new DecodedText(TRADITIONAL_CHINESE, "Big5", true),
                decoded(encode(TRADITIONAL_CHINESE, "Big5"), "zh-Hant"));
        assertEquals(new DecodedText(JAPANESE, "Shift_JIS", true), decoded(encode(JAPANESE, "Shift_JIS"), "ja"));
        assertEquals(new DecodedText(RUSSIAN, "windows-1251", true), decoded(encode(RUSSIAN, "windows-1251"), "ru"));
        assertEquals(FRENCH_GERMAN, decoded(encode(FRENCH_GERMAN, "windows-1252"), "fr").text());
        assertEquals(FRENCH_GERMAN, decoded(encode(FRENCH_GERMAN, "windows-1252"), "de").text());
        // In KOI8-R, "пё" is the UTF-8 of "У": a few such pairs do not make Russian UTF-8.
        String koi8 = RUSSIAN.replace('«', '"').replace('»', '"') + "Пёстрый пёс спал, а тёплый ветер пёк.\n";
        assertEquals(new DecodedText(koi8, "KOI8-R", true), decoded(encode(koi8, "KOI8-R"), "ru"));
    }

    @Test
    void shouldTakeADeclaredCharsetAtItsWord() throws Exception {
        String ascii = "The committee met on Tuesday. ";
        byte[] bytes = concat(ascii.getBytes(StandardCharsets.US_ASCII), bytes(0xFF, 0xFE));
        assertEquals(ascii + "\u00ff\u00fe", TextDecoder.decode(bytes, "windows-1252", EN).text());
        assertEquals(ascii, TextDecoder.decode(ascii.getBytes(StandardCharsets.US_ASCII), "ISO-8859-1", EN).text());
    }

    @Test
    void shouldRefuseASingleByteCharsetDeclaredForUtf8() {
        byte[] utf8 = "Late\u2014very late.".getBytes(StandardCharsets.UTF_8);
        UndecodableTextException e = assertThrows(UndecodableTextException.class,
                () -> TextDecoder.decode(utf8, "windows-1252", EN));
        assertEquals("The file was declared windows-1252, but it is valid UTF-8: its first non-ASCII character,"
                + " '\u2014' (U+2014) at offset 4, would read as '\u00e2\u20ac\u201d' in windows-1252, and so would"
                + " every other. Leave the encoding out (or declare UTF-8).", e.getMessage());
        // A page that declares ISO-8859-1 but was saved as UTF-8, as many do.
        byte[] page = "<html><head><meta charset=\"iso-8859-1\"></head><body><p>Caf\u00e9 cr\u00e8me.</p></body></html>"
                .getBytes(StandardCharsets.UTF_8);
        UnreadableDocumentException html = assertThrows(UnreadableDocumentException.class,
                () -> HtmlText.extract(page, null, LanguageCharacters.of("fr"), 1000));
        assertTrue(html.getMessage().startsWith("The page declares its encoding as iso-8859-1"), html.getMessage());
        assertTrue(html.getMessage().contains("it is valid UTF-8"), html.getMessage());
        // a double-byte charset reads the same UTF-8 without one invalid byte, as mojibake
        byte[] german = "<html><head><meta charset=\"gb2312\"></head><body><p>Das Wetter ist sch\u00f6n.</p></body></html>"
                .getBytes(StandardCharsets.UTF_8);
        UnreadableDocumentException gb = assertThrows(UnreadableDocumentException.class,
                () -> HtmlText.extract(german, null, LanguageCharacters.of("de"), 1000));
        assertTrue(gb.getMessage().contains("it is valid UTF-8") && gb.getMessage().contains("'\u00f6'"),
                gb.getMessage());
    }

    @Test
    void shouldJudgeWhatLanguagesPlausiblyContain() {
        assertTrue(EN.plausible('\u00e9'));   // café
        assertTrue(EN.plausible('\u2014'));   // em dash
        assertTrue(EN.plausible('\u20ac'));   // euro sign
        assertFalse(EN.plausible('\u00fe'));  // thorn
        assertFalse(EN.plausible('\u0416'));  // Cyrillic
        assertTrue(LanguageCharacters.of("de").plausible('\u00df'));
        assertTrue(LanguageCharacters.of("ru").plausible('\u0451'));
        assertFalse(LanguageCharacters.of("ru").plausible('\u00e2'));
        assertTrue(LanguageCharacters.of("zh").plausible('\u9f98')); // a rare Han character, not an exemplar
        assertFalse(LanguageCharacters.of("zh").plausible('\u00d0'));
        assertFalse(LanguageCharacters.ANY.plausible('\u0085')); // a C1 control: never text
    }

    @Test
    void shouldOfferOnlyCharsetsThisJvmHas() {
        assertTrue(TextDecoder.SUPPORTED.containsAll(java.util.List.of("UTF-8", "UTF-16LE", "UTF-16BE", "GB18030",
                "Big5", "Shift_JIS", "EUC-JP", "EUC-KR", "windows-1250", "windows-1258", "ISO-8859-2", "KOI8-R")));
        TextDecoder.SUPPORTED.forEach(name -> assertTrue(Charset.isSupported(name), name));
        assertFalse(TextDecoder.SUPPORTED.contains("IBM037"));
    }
}
