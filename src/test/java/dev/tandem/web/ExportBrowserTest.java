// SPDX-License-Identifier: Apache-2.0
package dev.tandem.web;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * The review page's export form in a real browser: it offers the new formats and the TMX unit choice, and choosing
 * XLSX and pressing Download saves a spreadsheet (Chromium's own download, into a folder of the test's) holding the
 * document's pairs; the one-sentence TMX downloads too.
 */
@QuarkusTest
class ExportBrowserTest extends BrowserTestBase {

    @Test
    void shouldDownloadASpreadsheetFromTheReviewPage() throws IOException {
        long project = WebFixtures.createProject("Export formats", "zh", "en");
        long document = WebFixtures.createDocument(project, "雪 report", "北京下雪了。\n地铁运行正常。",
                "It snowed in Beijing.\nThe subway ran normally.");
        Path downloads = Files.createTempDirectory("tandem-downloads");
        driver.executeCdpCommand("Browser.setDownloadBehavior",
                Map.of("behavior", "allow", "downloadPath", downloads.toAbsolutePath().toString()));
        chromium.signInAsAdmin(root);
        driver.get(root + "documents/" + document);

        WebElement form = driver.findElement(By.cssSelector("form.export"));
        Select format = new Select(form.findElement(By.name("format")));
        assertEquals(List.of("tmx", "tsv", "xlsx", "xliff", "moses"),
                format.getOptions().stream().map(option -> option.getAttribute("value")).toList());
        Select units = new Select(form.findElement(By.name("units")));
        assertEquals(List.of("", "sentence"), units.getOptions().stream().map(o -> o.getAttribute("value")).toList());

        // found by use: "confirmed pairs only" with none confirmed downloaded a TMX with an empty body, silently
        new Select(form.findElement(By.name("status"))).selectByValue("confirmed");
        assertEquals("No confirmed pairs yet: “confirmed pairs only” would give a file with no pairs in it.",
                driver.findElement(By.id("notice")).getText());
        new Select(form.findElement(By.name("status"))).selectByValue("all");

        format.selectByValue("xlsx");
        chromium.screenshot("export-xlsx.png");
        form.findElement(By.cssSelector("button[type=submit]")).click();
        Path xlsx = awaitDownload(downloads, ".xlsx");
        assertEquals("雪 report.xlsx", xlsx.getFileName().toString());
        try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(Files.readAllBytes(xlsx)))) {
            var sheet = workbook.getSheetAt(0);
            assertEquals("雪 report", sheet.getSheetName());
            assertEquals("Source", sheet.getRow(0).getCell(1).getStringCellValue());
            assertEquals("北京下雪了。", sheet.getRow(1).getCell(1).getStringCellValue());
            assertEquals("The subway ran normally.", sheet.getRow(2).getCell(2).getStringCellValue());
        }

        driver.get(root + "documents/" + document);
        form = driver.findElement(By.cssSelector("form.export"));
        new Select(form.findElement(By.name("format"))).selectByValue("tmx");
        new Select(form.findElement(By.name("units"))).selectByValue("sentence");
        form.findElement(By.cssSelector("button[type=submit]")).click();
        Path firstTmx = awaitDownload(downloads, ".tmx");
        String tmx = Files.readString(firstTmx);
        Files.delete(firstTmx);
        assertTrue(tmx.contains("<seg>北京下雪了。</seg>"), tmx);
        assertTrue(tmx.contains("units=sentence: 0 pair(s)"), tmx);

        // A rejected pair goes into a file with its status only when asked, and only in formats that carry one.
        given().contentType(ContentType.JSON).body(Map.of("op", "reject", "baseVersion", WebFixtures.version(document),
                "pair", WebFixtures.pairId(document, 1))).post("/api/documents/" + document + "/edits")
                .then().statusCode(200);
        driver.get(root + "documents/" + document);
        form = driver.findElement(By.cssSelector("form.export"));
        new Select(form.findElement(By.name("format"))).selectByValue("tsv");
        new Select(form.findElement(By.name("status"))).selectByValue("with-rejected");
        Select formats = new Select(form.findElement(By.name("format")));
        assertEquals("tmx", formats.getFirstSelectedOption().getAttribute("value"), "TSV keeps no status");
        assertEquals(List.of("tmx", "xlsx", "xliff"), formats.getOptions().stream().filter(WebElement::isEnabled)
                .map(option -> option.getAttribute("value")).toList());
        form.findElement(By.cssSelector("button[type=submit]")).click();
        String withRejected = Files.readString(awaitDownload(downloads, ".tmx"));
        assertTrue(withRejected.contains("<prop type=\"x-status\">REJECTED</prop>"), withRejected);
        assertTrue(withRejected.contains("地铁运行正常。"), withRejected);
    }

    /**
     * The finished download whose name ends so: Chromium may put an empty file under the final name at once and write
     * into a .crdownload beside it, renamed over it at the end; so: no .crdownload left, and the file not empty.
     */
    private Path awaitDownload(Path downloads, String suffix) {
        Path[] found = new Path[1];
        chromium.waitFor(() -> {
            try (Stream<Path> files = Files.list(downloads)) {
                List<Path> all = files.toList();
                found[0] = all.stream().filter(f -> f.getFileName().toString().endsWith(suffix)).findFirst()
                        .orElse(null);
                return found[0] != null && Files.size(found[0]) > 0
                        && all.stream().noneMatch(f -> f.getFileName().toString().endsWith(".crdownload"));
            } catch (IOException e) {
                return false;
            }
        }, "export-download-failure.png");
        return found[0];
    }
}
