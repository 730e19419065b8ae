// SPDX-License-Identifier: Apache-2.0
package dev.tandem.web;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * Found by a screen-reader user: a new API token, shown once, was a paragraph of text to select by hand (and to get
 * wrong by a character). It stands in a read-only field, named by its label, selected whole when focused, with a Copy
 * button that says it copied. The form also makes read-only and expiring tokens.
 */
@QuarkusTest
class TokenBrowserTest extends BrowserTestBase {

    @Test
    void shouldOfferANewTokenInAReadOnlyFieldWithACopyButton() {
        chromium.signInAsAdmin(root);
        String origin = root.toString().replaceAll("/$", "");
        driver.executeCdpCommand("Browser.grantPermissions", Map.of("origin", origin,
                "permissions", List.of("clipboardReadWrite", "clipboardSanitizedWrite")));
        driver.get(root + "account");
        driver.findElement(By.name("name")).sendKeys("Nightly TMX to the agency");
        driver.findElement(By.name("readOnly")).click();
        new Select(driver.findElement(By.name("expiresInDays"))).selectByVisibleText("in 90 days");
        driver.findElement(By.xpath("//button[text()='Create token']")).click();
        chromium.waitFor(() -> !driver.findElements(By.id("new-token")).isEmpty(), "token-created.png");

        WebElement field = driver.findElement(By.id("new-token"));
        String token = field.getDomProperty("value");
        assertTrue(token.startsWith("tdm_"), token);
        assertEquals("true", field.getDomProperty("readOnly"));
        // focused and selected whole, ready to copy (autofocus comes when the browser gets to it: waited for)
        chromium.waitFor(() -> field.equals(driver.switchTo().activeElement())
                && Boolean.TRUE.equals(driver.executeScript("return arguments[0].selectionStart === 0"
                        + " && arguments[0].selectionEnd === arguments[0].value.length", field)), "token-focus.png");
        assertEquals("Your new token — copy it now, it is not shown again:",
                driver.findElement(By.cssSelector("label[for=new-token]")).getText());

        driver.findElement(By.cssSelector("[data-copy=new-token]")).click();
        chromium.waitFor(() -> "Copied.".equals(driver.findElement(By.cssSelector(".copied")).getText()),
                "token-copied.png");
        assertEquals(token, driver.executeAsyncScript("var done = arguments[0];"
                + " navigator.clipboard.readText().then(done, function (e) { done('unreadable: ' + e); });"));
        given().auth().none().header("Authorization", "Bearer " + token).get("/api/account").then().statusCode(200);
        String row = driver.findElement(By.xpath("//table[contains(@class,'tokens')]"
                + "//tr[td[text()='Nightly TMX to the agency']]")).getText();
        assertTrue(row.contains("read and export") && row.contains(LocalDate.now(ZoneOffset.UTC).plusDays(90).toString()),
                row);
        given().auth().none().header("Authorization", "Bearer " + token).contentType("application/json")
                .body(Map.of("name", "x", "sourceLanguage", "en", "targetLanguage", "de")).post("/api/projects")
                .then().statusCode(403);

        driver.get(root + "account");
        assertTrue(driver.findElements(By.id("new-token")).isEmpty(), "shown once");
        assertFalse(driver.getPageSource().contains(token));
    }
}
