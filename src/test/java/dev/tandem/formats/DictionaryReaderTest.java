// SPDX-License-Identifier: Apache-2.0
package dev.tandem.formats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;

class DictionaryReaderTest {

    @Test
    void shouldReadTsvSkippingCommentsAndExtraColumns() throws Exception {
        String tsv = "# my glossary\n猫\tcat\n\n狗\tdog\tnote: animal\r\n北京\tBeijing\n";
        assertEquals(List.of(new DictionaryEntry("猫", "cat"), new DictionaryEntry("狗", "dog"),
                new DictionaryEntry("北京", "Beijing")), DictionaryReader.readTsv(tsv, 100).entries());
    }

    @Test
    void shouldRefuseTsvLineWithoutTabNamingTheLine() {
        var e = assertThrows(DictionaryFormatException.class, () -> DictionaryReader.readTsv("猫\tcat\n狗 dog\n", 100));
        assertTrue(e.getMessage().startsWith("Line 2 "), e.getMessage());
    }

    @Test
    void shouldReadCedictGlossesForBothScripts() throws Exception {
        String cedict = "# CC-CEDICT\n"
                + "傳統 传统 [chuan2 tong3] /tradition/traditional/convention/CL:個|个[ge4]/\n"
                + "貓 猫 [mao1] /cat (CL:隻|只[zhi1])/variant of 貓|猫[mao1]/\n"
                + "北京 北京 [Bei3 jing1] /Beijing, capital of the People's Republic of China/\n";
        List<DictionaryEntry> entries = DictionaryReader.readCedict(cedict, 100).entries();
        assertTrue(entries.contains(new DictionaryEntry("传统", "tradition")));
        assertTrue(entries.contains(new DictionaryEntry("傳統", "convention")));
        assertTrue(entries.contains(new DictionaryEntry("猫", "cat")));
        assertTrue(entries.contains(new DictionaryEntry("北京", "Beijing, capital of the People's Republic of China")));
        assertTrue(entries.stream().noneMatch(e -> e.target().startsWith("CL:") || e.target().startsWith("variant")));
        assertEquals(1, entries.stream().filter(e -> e.source().equals("北京")).count(), "same script written once");
    }

    @Test
    void shouldRefuseMalformedCedict() {
        var e = assertThrows(DictionaryFormatException.class,
                () -> DictionaryReader.readCedict("傳統 传统 tradition\n", 100));
        assertTrue(e.getMessage().contains("CC-CEDICT"), e.getMessage());
    }

    @Test
    void shouldSkipADictdHeadwordOfSpacesOnly() throws Exception {
        // FreeDict deu-fra's first index line names an entry whose headword is empty: it translates nothing
        String entry = "Hund\ndog\n";
        byte[] dict = entry.getBytes(StandardCharsets.UTF_8);
        String index = "\t" + dictd(0) + "\t" + dictd(dict.length) + "\n"
                + "Hund\t" + dictd(0) + "\t" + dictd(dict.length) + "\n";
        DictionaryContent content = DictionaryReader.readDictd(index, dict, 100);
        assertEquals(List.of(new DictionaryEntry("Hund", "dog")), content.entries());
        assertEquals(1, content.skipped(), "the empty headword is counted");
    }

    @Test
    void shouldReadDictdPlainAndDictzip() throws Exception {
        String first = "Katze /ˈkat͡sə/\n1. cat\n2. pussy (informal)\n";
        String second = "Hund /hʊnt/\ndog, hound\n";
        byte[] dict = (first + second).getBytes(StandardCharsets.UTF_8);
        int secondOffset = first.getBytes(StandardCharsets.UTF_8).length;
        String index = "00-database-short\tA\tB\n"
                + "Katze\t" + dictd(0) + "\t" + dictd(secondOffset) + "\n"
                + "Hund\t" + dictd(secondOffset) + "\t" + dictd(dict.length - secondOffset) + "\n";
        List<DictionaryEntry> expected = List.of(new DictionaryEntry("Katze", "cat"),
                new DictionaryEntry("Katze", "pussy"), new DictionaryEntry("Hund", "dog"),
                new DictionaryEntry("Hund", "hound"));
        assertEquals(expected, DictionaryReader.readDictd(index, dict, 100).entries());
        assertEquals(expected, DictionaryReader.readDictd(index, gzip(dict), 100).entries());
    }

    @Test
    void shouldRefuseIndexPointingPastTheDictAndTooManyEntries() {
        assertThrows(DictionaryFormatException.class,
                () -> DictionaryReader.readDictd("Katze\tA\tBAAA\n", "x".getBytes(StandardCharsets.UTF_8), 100));
        var e = assertThrows(DictionaryFormatException.class,
                () -> DictionaryReader.readTsv("a\tb\nc\td\ne\tf\n", 2));
        assertTrue(e.getMessage().contains("more than 2 entries"), e.getMessage());
    }

    @Test
    void shouldSkipAndCountIsolatedMalformedLinesAfterAGoodStart() throws Exception {
        var tsv = new StringBuilder();
        for (int i = 0; i < 200; i++) {
            tsv.append("word").append(i).append("\tmot").append(i).append('\n');
        }
        tsv.append("broken line without a tab\n").append("orphan\t\n");
        DictionaryContent content = DictionaryReader.readTsv(tsv.toString(), 1000);
        assertEquals(200, content.entries().size());
        assertEquals(2, content.skipped());
        assertTrue(content.skippedExamples().get(0).startsWith("Line 201 "), content.skippedExamples().toString());
    }

    @Test
    void shouldRefuseAFileWhoseMalformedLinesAreMoreThanOnePercent() {
        var tsv = new StringBuilder();
        for (int i = 0; i < 100; i++) {
            tsv.append("word").append(i).append("\tmot").append(i).append('\n');
            if (i >= 20 && i % 20 == 0) {
                tsv.append("no tab ").append(i).append('\n'); // 4 in 104 lines
            }
        }
        var e = assertThrows(DictionaryFormatException.class, () -> DictionaryReader.readTsv(tsv.toString(), 1000));
        assertTrue(e.getMessage().startsWith("4 lines are not in the format"), e.getMessage());
        assertTrue(e.getMessage().contains("Line 22 is not 'source<TAB>target'"), e.getMessage());
    }

    @Test
    void shouldRefuseDictzipBomb() throws Exception {
        byte[] bomb = gzip(new byte[300 << 20]);
        var e = assertThrows(DictionaryFormatException.class, () -> DictionaryReader.readDictd("a\tA\tB\n", bomb, 100));
        assertTrue(e.getMessage().contains("inflates"), e.getMessage());
    }

    /** dictd's base-64 numbers: digits A–Z a–z 0–9 + /, most significant first. */
    private static String dictd(long value) {
        String digits = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
        var out = new StringBuilder();
        do {
            out.insert(0, digits.charAt((int) (value % 64)));
            value /= 64;
        } while (value > 0);
        return out.toString();
    }

    private static byte[] gzip(byte[] data) throws IOException {
        var bytes = new ByteArrayOutputStream();
        try (var out = new GZIPOutputStream(bytes)) {
            out.write(data);
        }
        return bytes.toByteArray();
    }

    @Test
    void cedictGlossesKeepWhatTranslatesAndDropReferencesAndNotes() {
        assertEquals("thank you", DictionaryReader.cleanGloss("(Internet slang) thank you"));
        assertEquals("envious", DictionaryReader.cleanGloss("fig. envious"));
        assertEquals("Lingshi county in Jinzhong , Shanxi",
                DictionaryReader.cleanGloss("Lingshi county in Jinzhong 晉中|晋中[Jin4 zhong1], Shanxi"));
        for (String none : List.of("CL:個|个[ge4]", "variant of 這|这[zhe4]", "surname Wang", "Taiwan pr. [da3]",
                "erhua variant of 打頓|打顿[da3 dun4]", "also written 犯得上[fan4 de5 shang4]", "used in 傢伙|家伙[jia1 huo5]",
                "abbr. for 北京[Bei3 jing1]", "see 打[da3]")) {
            assertEquals(null, DictionaryReader.cleanGloss(none), none);
        }
    }

    @Test
    void dictdNotesInTheHeadwordsOwnLanguageAreNoTranslations() {
        List<DictionaryEntry> entries = List.of(new DictionaryEntry("Krabbe", "crabe"),
                new DictionaryEntry("Krabbe", "im Meer lebendes Tier"), new DictionaryEntry("Meer", "mer"),
                new DictionaryEntry("Tier", "animal"), new DictionaryEntry("leben", "vivre"),
                new DictionaryEntry("hübsch", "nett"), new DictionaryEntry("nett", "gentil"),
                new DictionaryEntry("im", "dans le"));
        List<DictionaryEntry> kept = DictionaryReader.translationsOnly(entries);
        assertTrue(kept.contains(new DictionaryEntry("Krabbe", "crabe")));
        assertTrue(kept.contains(new DictionaryEntry("nett", "gentil")));
        assertTrue(kept.stream().noneMatch(e -> e.target().equals("im Meer lebendes Tier") || e.target().equals("nett")),
                kept.toString());
    }

    @Test
    void aSpreadsheetsColumnTitlesAreNoEntry() throws DictionaryFormatException {
        // found by use: "Deutsch<TAB>Französisch" was stored as an entry
        assertEquals(List.of(new DictionaryEntry("Himalaya", "Himalaya")),
                DictionaryReader.readTsv("Deutsch\tFranzösisch\nHimalaya\tHimalaya\n", 10).entries());
        assertEquals(List.of(new DictionaryEntry("猫", "cat")),
                DictionaryReader.readTsv("\uFEFFsource\ttarget\n猫\tcat\n", 10).entries());
        assertEquals(List.of(new DictionaryEntry("Haus", "maison")),
                DictionaryReader.readTsv("# exported 2026\nGerman\tFrench\nHaus\tmaison\n", 10).entries());
        assertEquals(List.of(new DictionaryEntry("猫", "cat"), new DictionaryEntry("zh", "en")),
                DictionaryReader.readTsv("猫\tcat\nzh\ten\n", 10).entries(), "titles count only on the first line");
    }

    @Test
    void aLineWithoutATabSaysWhatTheFileIs() {
        String tbx = "<?xml version=\"1.0\"?>\n<tbx type=\"TBX-Basic\" xml:lang=\"de\">\n";
        var xml = assertThrows(DictionaryFormatException.class, () -> DictionaryReader.readTsv(tbx, 10));
        assertTrue(xml.getMessage().contains("a TBX termbase?"), xml.getMessage());
        var csv = assertThrows(DictionaryFormatException.class,
                () -> DictionaryReader.readTsv("Haus;maison\nKatze;chat\n", 10));
        assertTrue(csv.getMessage().contains("no tab but a ';'"), csv.getMessage());
        var empty = assertThrows(DictionaryFormatException.class,
                () -> DictionaryReader.readTsv("Haus\tmaison\nKatze\t\n", 10));
        assertTrue(empty.getMessage().startsWith("Line 2 has an empty translation"), empty.getMessage());
    }
}
