// SPDX-License-Identifier: Apache-2.0
package dev.tandem.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.tandem.formats.TextFixtures;
import io.quarkus.test.junit.QuarkusTest;
import java.util.Collections;
import java.util.List;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** A spreadsheet of pairs uploaded alone from the project page arrives on the review page as confirmed pairs. */
@QuarkusTest
class SpreadsheetBrowserTest extends BrowserTestBase {

    @Test
    void shouldShowTheRowsOfAnXlsxAsConfirmedPairs() {
        long project = WebFixtures.createProject("Spreadsheet of pairs", "zh", "en");
        chromium.signInAsAdmin(root);
        driver.get(root + "projects/" + project);
        driver.findElement(By.cssSelector("form.upload input[name=source]"))
                .sendKeys(TextFixtures.DIR.resolve("snow-pairs.xlsx").toAbsolutePath().toString());
        driver.findElement(By.cssSelector("form.upload button.upload")).click();
        waitFor(() -> driver.getCurrentUrl().matches(".*/documents/\\d+$"));
        waitFor(() -> rows().size() == 8);
        chromium.screenshot("spreadsheet-pairs.png");

        // the untranslated row (the mother's words) is kept, unpaired and for review
        List<String> statuses = rows().stream()
                .map(row -> row.getDomAttribute("class").replaceAll(".*status-(\\w+).*", "$1")).toList();
        assertEquals(List.of("CONFIRMED", "CONFIRMED", "CONFIRMED", "AUTO", "CONFIRMED", "CONFIRMED", "CONFIRMED",
                "CONFIRMED"), statuses);
        assertEquals(List.of("北京今年的冬天来得很早。"), sentences(0, "source"));
        assertEquals(List.of("Winter came early to Beijing this year."), sentences(0, "target"));
        assertEquals(List.of("她的母亲笑着说：“快去穿上外套。”"), sentences(3, "source"));
        assertEquals(List.of(), sentences(3, "target"));
        assertEquals(List.of("30.00%"), sentences(5, "target"));
    }

    private static List<WebElement> rows() {
        return driver.findElements(By.cssSelector("#rows tr.pair"));
    }

    private static List<String> sentences(int row, String side) {
        return rows().get(row).findElements(By.cssSelector("td[data-side=" + side + "] .sentence")).stream()
                .map(WebElement::getText).toList();
    }

    private static void waitFor(BooleanSupplier condition) {
        chromium.waitFor(condition, "spreadsheet-failure.png");
    }
}
