// SPDX-License-Identifier: Apache-2.0
package dev.tandem.web;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * Found by a screen-reader user: a new API token, shown once, was a paragraph of text to select by hand (and to get
 * wrong by a character). It stands in a read-only field, named by its label, selected whole when focused, with a Copy
 * button that says it copied.
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
        driver.findElement(By.name("name")).sendKeys("Nightly export");
        driver.findElement(By.xpath("//button[text()='Create token']")).click();
        chromium.waitFor(() -> !driver.findElements(By.id("new-token")).isEmpty(), "token-created.png");

        WebElement field = driver.findElement(By.id("new-token"));
        String token = field.getDomProperty("value");
        assertTrue(token.startsWith("tdm_"), token);
        assertEquals("true", field.getDomProperty("readOnly"));
        assertEquals(field, driver.switchTo().activeElement(), "focused, ready to copy");
        assertEquals(Boolean.TRUE, driver.executeScript("return arguments[0].selectionStart === 0"
                + " && arguments[0].selectionEnd === arguments[0].value.length", field), "selected whole");
        assertEquals("Your new token — copy it now, it is not shown again:",
                driver.findElement(By.cssSelector("label[for=new-token]")).getText());

        driver.findElement(By.cssSelector("[data-copy=new-token]")).click();
        chromium.waitFor(() -> "Copied.".equals(driver.findElement(By.cssSelector(".copied")).getText()),
                "token-copied.png");
        assertEquals(token, driver.executeAsyncScript("var done = arguments[0];"
                + " navigator.clipboard.readText().then(done, function (e) { done('unreadable: ' + e); });"));
        given().auth().none().header("Authorization", "Bearer " + token).get("/api/account").then().statusCode(200);

        driver.get(root + "account");
        assertTrue(driver.findElements(By.id("new-token")).isEmpty(), "shown once");
        assertFalse(driver.getPageSource().contains(token));
    }
}
