// SPDX-License-Identifier: Apache-2.0
package dev.tandem.formats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class XlsxPairsTest {
    private static final ZipLimits LIMITS = new ZipLimits(1000, 200L << 20, 100);

    @TempDir
    Path dir;

    private ColumnPairs read(byte[] xlsx) throws IOException, UnreadableDocumentException {
        Path file = Files.write(dir.resolve("pairs.xlsx"), xlsx);
        return XlsxPairs.read(file, LIMITS, "zh", "en", 1000, 1000);
    }

    @Test
    void shouldReadCellsAsDisplayedAndFormulasByTheirSavedValue() throws Exception {
        // LibreOffice saved 30% as 0.3 in the format 0.00%, which it displays as 30.00%
        ColumnPairs pairs = read(TextFixtures.bytes("snow-pairs.xlsx"));
        assertTrue(pairs.header());
        assertEquals(1, pairs.oneSidedRows());
        assertEquals(List.of("北京今年的冬天来得很早。", "十一月初，第一场雪就落在了故宫的屋顶上。", "“你看，下雪了！”小女孩指着窗外喊道。",
                "她的母亲笑着说：“快去穿上外套。”", "据气象局统计，今年的降雪量比去年多了 30%。", "30.00%", "12",
                "城市的道路 & 交通受到了一定影响，但地铁运行正常 🚇。"),
                pairs.rows().stream().map(ColumnPairs.Row::source).toList());
        assertEquals("\"Look, it's snowing!\" the little girl shouted, pointing out of the window.",
                pairs.rows().get(2).target());
        assertEquals("", pairs.rows().get(3).target());
        assertEquals(List.of(2, 3, 4, 5, 6, 7, 8, 9), pairs.rows().stream().map(ColumnPairs.Row::line).toList());
    }

    @Test
    void shouldStopZipBombsBeforePoiOpensThem() {
        byte[] bomb = Docx.bomb(1L << 30);
        var declared = assertThrows(DocumentTooLargeException.class, () -> read(bomb));
        assertTrue(declared.getMessage().contains("zip bomb"), declared.getMessage());
        var lying = assertThrows(DocumentTooLargeException.class, () -> read(Docx.lyingAboutSizes(bomb, 1000)));
        assertTrue(lying.getMessage().contains("zip bomb"), lying.getMessage());
    }

    @Test
    void shouldRefuseAZipThatIsNoWorkbook() {
        var docx = assertThrows(UnreadableDocumentException.class, () -> read(Docx.paragraphs("Hi")));
        assertFalse(docx instanceof DocumentTooLargeException);
        assertTrue(docx.getMessage().contains("not an XLSX workbook"), docx.getMessage());
    }

    @Test
    void shouldNeverResolveExternalEntities() throws Exception {
        Path secret = Files.writeString(dir.resolve("secret.txt"), "tandem-secret-xlsx");
        String doctype = "<!DOCTYPE x [ <!ENTITY xxe SYSTEM \"" + secret.toUri() + "\"> ]>\n";
        byte[] xlsx = TextFixtures.bytes("snow-pairs.xlsx");
        String strings = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" + doctype + "<sst xmlns=\"" + MAIN
                + "\" count=\"1\" uniqueCount=\"1\"><si><t>&xxe;</t></si></sst>";
        String sheet = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" + doctype + "<worksheet xmlns=\"" + MAIN
                + "\"><sheetData><row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>&xxe;</t></is></c>"
                + "<c r=\"B1\" t=\"inlineStr\"><is><t>x</t></is></c></row></sheetData></worksheet>";
        for (var part : List.of(List.of("xl/sharedStrings.xml", strings), List.of("xl/worksheets/sheet1.xml", sheet))) {
            var refused = assertThrows(UnreadableDocumentException.class,
                    () -> read(TextFixtures.withEntry(xlsx, part.get(0), part.get(1))), part.get(0));
            assertFalse(refused.getMessage().contains("tandem-secret"), refused.getMessage());
            assertTrue(refused.getMessage().contains("DOCTYPE is disallowed"), refused.getMessage());
        }
    }

    private static final String MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";

    @Test
    void shouldTakeTheSourceTargetAndStatusColumnsOfTandemsExport() throws Exception {
        var out = new java.io.ByteArrayOutputStream();
        try (var workbook = new org.apache.poi.xssf.usermodel.XSSFWorkbook()) {
            var sheet = workbook.createSheet("Snow");
            List<List<Object>> rows = List.of(List.of("Pair", "Source", "Target", "Status", "Confidence", "Flags"),
                    List.of(1, "北京下雪了。", "It snowed\tin Beijing.", "CONFIRMED", "", ""),
                    List.of(2, "孩子们很高兴。", "The children\nwere happy.", "AUTO", 0.912, "x".repeat(2000)));
            for (int r = 0; r < rows.size(); r++) {
                var row = sheet.createRow(r);
                for (int c = 0; c < rows.get(r).size(); c++) {
                    Object value = rows.get(r).get(c);
                    if (value instanceof String text) {
                        row.createCell(c).setCellValue(text);
                    } else {
                        row.createCell(c).setCellValue(((Number) value).doubleValue());
                    }
                }
            }
            workbook.write(out);
        }
        ColumnPairs pairs = read(out.toByteArray());
        assertTrue(pairs.header());
        assertEquals(List.of("北京下雪了。", "孩子们很高兴。"), pairs.rows().stream().map(ColumnPairs.Row::source).toList());
        assertEquals(List.of("It snowed\tin Beijing.", "The children\nwere happy."),
                pairs.rows().stream().map(ColumnPairs.Row::target).toList());
        assertEquals(List.of(false, true), pairs.rows().stream().map(ColumnPairs.Row::unreviewed).toList(),
                "the Flags cell over the cell limit is not read");
    }
}
