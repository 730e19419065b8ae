// SPDX-License-Identifier: Apache-2.0
package dev.tandem.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tandem.testing.TermFixtures;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;

/**
 * The terms page in a real browser: reached from the project page, a term accepted with its button changes its row in
 * place (htmx), the accepted filter lists it, its example opens the pair on the review page, and the TBX link
 * downloads a file holding it.
 */
@QuarkusTest
class TermBrowserTest extends BrowserTestBase {

    @Test
    void shouldAcceptATermAndExportItAsTbx() {
        long project = TermFixtures.projectWithTerms("Office terms");
        long printer = TermFixtures.termId(project, "打印机");
        chromium.signInAsAdmin(root);
        driver.get(root + "projects/" + project);
        driver.findElement(By.id("terms-link")).click();
        chromium.waitFor(() -> !driver.findElements(By.cssSelector("table.terms tr[data-term]")).isEmpty(),
                "terms-failure.png");
        WebElement row = driver.findElement(By.id("term-" + printer));
        assertEquals(List.of("打印机", "printer", "5"), row.findElements(By.tagName("td")).stream().limit(3)
                .map(WebElement::getText).toList());
        assertEquals("open", row.findElement(By.className("term-status")).getText());
        chromium.screenshot("terms-open.png");

        row.findElement(By.cssSelector("button.accept")).click();
        chromium.waitFor(() -> driver.findElement(By.id("term-" + printer)).getAttribute("class").contains("status-accepted"),
                "terms-failure.png");
        WebElement accepted = driver.findElement(By.id("term-" + printer));
        assertEquals("accepted", accepted.findElement(By.className("term-status")).getText());
        assertTrue(accepted.findElements(By.cssSelector("button.accept")).isEmpty(), "no second accept");
        assertTrue(driver.getCurrentUrl().endsWith("/projects/" + project + "/terms"), "swapped in place");
        chromium.screenshot("terms-accepted.png");

        // The TBX link downloads a file with the accepted term.
        String href = driver.findElement(By.cssSelector("a.export-tbx")).getAttribute("href");
        @SuppressWarnings("unchecked")
        Map<String, Object> download = (Map<String, Object>) ((JavascriptExecutor) driver).executeAsyncScript(
                "const done = arguments[arguments.length - 1];"
                        + "fetch(arguments[0]).then(r => r.text().then(t => done({status: r.status,"
                        + " disposition: r.headers.get('Content-Disposition'), body: t})));", href);
        assertEquals(200L, download.get("status"));
        assertTrue(((String) download.get("disposition")).contains("terms-" + project + ".tbx"), download.toString());
        assertTrue(((String) download.get("body")).contains("<term>打印机</term>"), download.toString());

        driver.findElement(By.linkText("accepted")).click();
        chromium.waitFor(() -> driver.getCurrentUrl().endsWith("?status=accepted"), "terms-failure.png");
        assertEquals(1, driver.findElements(By.cssSelector("table.terms tr[data-term]")).size());

        WebElement examples = driver.findElement(By.cssSelector("#term-" + printer + " details"));
        examples.findElement(By.tagName("summary")).click();
        examples.findElement(By.tagName("a")).click();
        chromium.waitFor(() -> driver.getCurrentUrl().contains("/documents/"), "terms-failure.png");
        assertTrue(driver.findElement(By.cssSelector("tr.pair[id^=pair-]")).getText().length() > 0);
    }

    @Test
    void shouldCountPageAndFindTerms() {
        long project = TermFixtures.projectWithManyTerms("Many page terms", 120);
        chromium.signInAsAdmin(root);
        driver.get(root + "projects/" + project + "/terms");
        // the first visit may find them in the background: the page follows until the list is there
        chromium.waitFor(() -> !driver.findElements(By.id("term-count")).isEmpty(), "terms-paging-failure.png");
        assertTrue(driver.findElement(By.id("term-count")).getText().startsWith("120 candidates, 1–100 shown"),
                driver.findElement(By.id("term-count")).getText());
        assertEquals(100, driver.findElements(By.cssSelector("table.terms tr[data-term]")).size());
        chromium.screenshot("terms-paged.png");

        driver.findElement(By.cssSelector("a.terms-next")).click();
        chromium.waitFor(() -> driver.getCurrentUrl().endsWith("offset=100"), "terms-paging-failure.png");
        assertTrue(driver.findElement(By.id("term-count")).getText().startsWith("120 candidates, 101–120 shown"));
        assertEquals(20, driver.findElements(By.cssSelector("table.terms tr[data-term]")).size());
        assertTrue(driver.findElements(By.cssSelector("a.terms-next")).isEmpty(), "no page after the last");

        WebElement search = driver.findElement(By.cssSelector("form.term-search input[name=q]"));
        search.sendKeys("zielabc");
        search.submit();
        chromium.waitFor(() -> driver.getCurrentUrl().contains("q=zielabc"), "terms-paging-failure.png");
        assertEquals("1 candidate holding “zielabc”, 1–1 shown", driver.findElement(By.id("term-count")).getText());
        assertEquals(List.of("quelleabc", "zielabc"), driver.findElements(By.cssSelector("table.terms tr[data-term] td"))
                .stream().limit(2).map(WebElement::getText).toList());
        chromium.screenshot("terms-found.png");
    }
}
