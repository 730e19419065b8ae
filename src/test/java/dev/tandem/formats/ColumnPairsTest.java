// SPDX-License-Identifier: Apache-2.0
package dev.tandem.formats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class ColumnPairsTest {

    private static ColumnPairs csv(String text) throws UnreadableDocumentException {
        return ColumnPairs.fromCsv(text, "de", "en", 1000, 100);
    }

    private static List<String> sources(ColumnPairs pairs) {
        return pairs.rows().stream().map(ColumnPairs.Row::source).toList();
    }

    private static List<String> targets(ColumnPairs pairs) {
        return pairs.rows().stream().map(ColumnPairs.Row::target).toList();
    }

    @Test
    void shouldReadTheSnowReportPairs() throws Exception {
        ColumnPairs pairs = ColumnPairs.fromCsv(TextFixtures.text("snow-pairs.csv"), "zh", "en", 1000, 1000);
        assertTrue(pairs.header(), "Chinese,English is a header");
        assertEquals(1, pairs.oneSidedRows());
        assertEquals(List.of("北京今年的冬天来得很早。", "十一月初，第一场雪就落在了故宫的屋顶上。", "“你看，下雪了！”小女孩指着窗外喊道。",
                "她的母亲笑着说：“快去穿上外套。”", "据气象局统计，今年的降雪量比去年多了 30%。", "30%", "=2*6",
                "城市的道路 & 交通受到了一定影响，但地铁运行正常 🚇。"), sources(pairs));
        assertEquals(List.of("Winter came early to Beijing this year.",
                "In early November, the first snow fell on the roofs of the Forbidden City.",
                "\"Look, it's snowing!\" the little girl shouted, pointing out of the window.", "",
                "According to the weather bureau, snowfall this year is 30% higher than last year.", "30%", "=2*6",
                "Roads & traffic in the city were somewhat affected, but the subway ran normally 🚇."), targets(pairs));
        assertEquals(4, pairs.rows().get(2).line());
    }

    @Test
    void shouldFindTheSeparator() throws Exception {
        ColumnPairs semicolons = csv("Hallo, Welt;Hello, world\nJa;Yes\n");
        assertEquals(List.of("Hallo, Welt", "Ja"), sources(semicolons));
        assertEquals(List.of("Hello, world", "Yes"), targets(semicolons));
        ColumnPairs tabs = csv("Eins; zwei\tOne; two\r\n\"Drei\"\t\"Three, \"\"four\"\"\"\r\n");
        assertEquals(List.of("One; two", "Three, \"four\""), targets(tabs));
        ColumnPairs commas = csv("\"Ja; nein\",\"Yes; no\",note\n");
        assertEquals(List.of("Ja; nein"), sources(commas));
    }

    @Test
    void shouldSkipHeaderRowsOnlyWhenBothCellsNameASide() throws Exception {
        for (String header : List.of("source,target", "Original,Translation", "de,en-US", "German,English",
                "Deutsch,English", "Source text:,Target text:", "en,de")) {
            ColumnPairs pairs = csv(header + "\nJa,Yes\n");
            assertTrue(pairs.header(), header);
            assertEquals(List.of("Ja"), sources(pairs), header);
        }
        ColumnPairs noHeader = csv("Quelle,Source\nJa,Yes\n");
        assertFalse(noHeader.header());
        assertEquals(List.of("Quelle", "Ja"), sources(noHeader));
    }

    @Test
    void shouldKeepAndCountRowsWithOneSideEmpty() throws Exception {
        ColumnPairs pairs = csv("Ja,Yes\n,Orphan\nNein,\n\n , \nVielleicht,Maybe\n");
        assertEquals(List.of("Ja", "", "Nein", "Vielleicht"), sources(pairs));
        assertEquals(List.of("Yes", "Orphan", "", "Maybe"), targets(pairs));
        assertEquals(List.of(false, true, true, false), pairs.rows().stream().map(ColumnPairs.Row::oneSided).toList());
        assertEquals(2, pairs.oneSidedRows());
        var none = assertThrows(UnreadableDocumentException.class, () -> csv("Ja\nNein\n"));
        assertTrue(none.getMessage().contains("no row with text in both"), none.getMessage());
        assertTrue(none.getMessage().contains("(2 with one side empty)"), none.getMessage());
        assertThrows(UnreadableDocumentException.class, () -> csv(""));
    }

    @Test
    void shouldNameTheLineOfAnUnclosedQuote() {
        var open = assertThrows(UnreadableDocumentException.class, () -> csv("Ja,Yes\nNein,\"No\nMaybe,x\n"));
        assertEquals("The CSV file's line 2 opens a quoted field that is never closed: end it with a double quote"
                + " (a quote inside is written twice).", open.getMessage());
    }

    @Test
    void shouldRefuseACellOverTheLimitAndTooManyRows() {
        var cell = assertThrows(DocumentTooLargeException.class, () -> csv("Ja,Yes\nNein," + "x".repeat(101) + "\n"));
        assertTrue(cell.getMessage().contains("line 2 has a cell of 101 characters"), cell.getMessage());
        assertThrows(DocumentTooLargeException.class,
                () -> ColumnPairs.fromCsv("a,b\nc,d\ne,f\n", "de", "en", 2, 100));
    }

    @Test
    void shouldDecodeTandemsTsvExportAndReadItsQuotesAsText() throws Exception {
        String tsv = "Source\tTarget\n\"Eins,\" sagte sie.\t\"One,\" she said.\n"
                + "Zeile eins\\nZeile\\tzwei\tline one\\nline\\ttwo \\\\ C:\\\\temp\n";
        ColumnPairs pairs = csv(tsv);
        assertTrue(pairs.header());
        assertEquals(List.of("\"Eins,\" sagte sie.", "Zeile eins\nZeile\tzwei"), sources(pairs));
        assertEquals(List.of("\"One,\" she said.", "line one\nline\ttwo \\ C:\\temp"), targets(pairs));
        assertEquals(List.of(2, 3), pairs.rows().stream().map(ColumnPairs.Row::line).toList());
        assertFalse(pairs.rows().get(0).unreviewed(), "a TSV export has no status: its rows arrive confirmed");
    }

    @Test
    void shouldLeaveOtherTsvFilesUndecoded() throws Exception {
        // another tool's header, or a backslash Tandem's escaping never writes: nothing is decoded
        assertEquals(List.of("a\\nb"), targets(csv("source\ttarget\nx\ta\\nb\n")));
        assertEquals(List.of("C:\\new\\x"), targets(csv("Source\tTarget\ny\tC:\\new\\x\n")));
        assertEquals(List.of("a\\nb", "c"), targets(csv("Source\tTarget\nx\ta\\nb\nz\tc\tnote\n")));
    }

    @Test
    void shouldTakeSourceTargetAndStatusFromTandemsSpreadsheetHeader() throws Exception {
        String saved = "Pair,Source,Target,Status,Confidence,Flags\n"
                + "1,Erster Satz.,First sentence.,CONFIRMED,,\n"
                + "2,Zweiter Satz.,Second sentence.,AUTO,0.912,number-mismatch\n"
                + "3,Dritter Satz.,Third sentence.,confirmed,0.5,\n"
                + "4,Vierter Satz.,Wrong sentence.,REJECTED,0.1,\n";
        ColumnPairs pairs = csv(saved);
        assertTrue(pairs.header());
        assertEquals(List.of("Erster Satz.", "Zweiter Satz.", "Dritter Satz.", "Vierter Satz."), sources(pairs));
        assertEquals(List.of("First sentence.", "Second sentence.", "Third sentence.", "Wrong sentence."),
                targets(pairs));
        assertEquals(List.of(false, true, false, true), pairs.rows().stream().map(ColumnPairs.Row::unreviewed)
                .toList());
        assertEquals(List.of(false, false, false, true), pairs.rows().stream().map(ColumnPairs.Row::rejected).toList());
        assertEquals(List.of(false), csv("Source,Target\nREJECTED,REJECTED\n").rows().stream()
                .map(ColumnPairs.Row::rejected).toList(), "only Tandem's own Status column says rejected");
    }

    @Test
    void shouldReadAProjectExportOfOneDocumentAndRefuseOneOfSeveral() throws Exception {
        String one = "Document,Pair,Source,Target,Status,Confidence,Flags\n"
                + "Kapitel 1,1,Ein Satz.,One sentence.,AUTO,0.9,\nKapitel 1,2,Noch einer.,Another.,CONFIRMED,,\n";
        ColumnPairs pairs = csv(one);
        assertEquals(List.of("Ein Satz.", "Noch einer."), sources(pairs));
        assertEquals(List.of(true, false), pairs.rows().stream().map(ColumnPairs.Row::unreviewed).toList());
        var several = assertThrows(UnreadableDocumentException.class,
                () -> csv(one + "Kapitel 2,1,Zwei.,Two.,AUTO,,\n"));
        assertTrue(several.getMessage().contains("export of a whole project"), several.getMessage());
        assertTrue(several.getMessage().contains("\"Kapitel 1\", \"Kapitel 2\""), several.getMessage());
    }
}
