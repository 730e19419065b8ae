// SPDX-License-Identifier: Apache-2.0
package dev.tandem.web;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Rectangle;
import org.openqa.selenium.WebElement;

/**
 * A sentence holding an invisible right-to-left override (U+202E, as pasted from a web page or planted) reorders its
 * own text only: the next sentence in its cell, the next column and the page's header read as before, and the
 * sentence is marked so that the reviewer knows why it reads backwards. A title stored with one before titles were
 * checked does not reverse the languages beside it.
 */
@QuarkusTest
class DirectionControlsBrowserTest extends BrowserTestBase {
    @Inject
    DataSource dataSource;

    @Test
    void shouldKeepAnOverrideInsideItsSentenceAndMarkIt() throws SQLException {
        long project = WebFixtures.createProject("Overrides", "en", "de");
        long document = WebFixtures.createDocument(project, "Snow",
                "The snow \u202Efell today.\nIt was cold.\nThe sun came out.",
                "Der Schnee fiel heute.\nEs war kalt.\nDie Sonne kam heraus.");
        given().contentType(ContentType.JSON).body(Map.of("op", "merge-pairs", "pair", WebFixtures.pairId(document, 0),
                        "baseVersion", WebFixtures.version(document)))
                .post("/api/documents/" + document + "/edits").then().statusCode(200);
        legacyTitle(document, "Snow \u202Ereport");

        chromium.signInAsAdmin(root);
        driver.get(root + "documents/" + document);
        WebElement row = driver.findElement(By.id("pair-" + WebFixtures.pairId(document, 0)));
        List<WebElement> sentences = row.findElements(By.cssSelector("td.side[data-side=source] .sentence"));
        assertEquals(2, sentences.size());
        WebElement reversed = sentences.get(0);
        assertEquals("The snow \u202Efell today.", reversed.getDomProperty("textContent"));
        assertTrue(reversed.getDomAttribute("class").contains("direction-controls"), reversed.getDomAttribute("class"));
        assertTrue(reversed.getDomAttribute("title").contains("invisible direction controls (U+202E)"),
                reversed.getDomAttribute("title"));

        // the next sentence follows it on the right, as in any English cell, not before it
        Rectangle first = reversed.getRect();
        Rectangle next = sentences.get(1).getRect();
        assertEquals(first.getY(), next.getY(), "one line");
        assertTrue(next.getX() >= first.getX() + first.getWidth(), first + " then " + next);

        // the target column starts at its left edge, and the status column reads as in any row
        WebElement targetCell = row.findElement(By.cssSelector("td.side[data-side=target]"));
        WebElement target = targetCell.findElement(By.cssSelector(".sentence"));
        assertTrue(target.getRect().getX() - targetCell.getRect().getX() < 20, target.getRect() + " in "
                + targetCell.getRect());
        assertEquals("unreviewed", row.findElement(By.cssSelector(".status-word")).getText());
        assertEquals("It was cold.", sentences.get(1).getText());

        // a stored title with an override: the languages beside it still read source → target
        List<WebElement> languages = driver.findElements(By.cssSelector("#review-header h1 small .lang"));
        assertEquals(List.of("en", "de"), languages.stream().map(WebElement::getText).toList());
        assertTrue(languages.get(0).getRect().getX() < languages.get(1).getRect().getX(),
                languages.get(0).getRect() + " before " + languages.get(1).getRect());
        chromium.screenshot("direction-controls.png");
    }

    /** A title as an earlier version stored it, before titles with direction controls were refused. */
    private void legacyTitle(long document, String title) throws SQLException {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement update = connection.prepareStatement(
                     "UPDATE document SET title = ?, version = version + 1 WHERE id = ?")) {
            update.setString(1, title);
            update.setLong(2, document);
            assertEquals(1, update.executeUpdate());
        }
    }
}
