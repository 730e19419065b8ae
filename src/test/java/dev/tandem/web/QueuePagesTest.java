// SPDX-License-Identifier: Apache-2.0
package dev.tandem.web;

import static dev.tandem.testing.BrowserSession.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tandem.testing.BrowserSession;
import dev.tandem.testing.BulkDocuments;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/**
 * The review queue: the unreviewed pairs "confirm confident" leaves to a person, riskiest first, with the counts the
 * document summary gives, and "next risky pair" walking them in document order. The document is imported and edited
 * through the API (an edited pair loses its confidence; "5 apples" against "6 Äpfel" raises the numbers flag); the
 * aligner's confidences are then set to known values in the database, so the expected order is fixed.
 */
@QuarkusTest
class QueuePagesTest {
    private static final String PASSWORD = "correct horse battery";

    @Inject
    DataSource dataSource;

    /**
     * Twelve pairs. Positions (0-based): 3 flagged (numbers), 8 unscored (its target edited); confidences 1: 0.85,
     * 5: 0.8, 6: 0.3, 9: 0.7, 11: 0.6, every other 0.95 (confident: not queued, even 7 next to the unscored 8).
     */
    private long riskyDocument() throws SQLException {
        long project = WebFixtures.createProject("Queue", "en", "de");
        var en = new StringBuilder();
        var de = new StringBuilder();
        for (int i = 1; i <= 12; i++) {
            if (i == 4) {
                en.append("There were 5 apples on the table.\n");
                de.append("Auf dem Tisch lagen 6 Äpfel.\n");
            } else {
                en.append("Sentence number ").append(i).append(" of the original text.\n");
                de.append("Satz Nummer ").append(i).append(" des Originaltextes hier.\n");
            }
        }
        long document = WebFixtures.createDocument(project, "Twelve", en.toString(), de.toString());
        JsonPath pairs = WebFixtures.pairs(document);
        assertEquals(12, pairs.getInt("total"));
        assertEquals("numbers", pairs.getString("items[3].flags[0].code"), pairs.prettify());
        api(document, Map.of("op", "edit-text", "side", "target", "index", 8, "text", "Satz Nummer neun, überarbeitet."));
        Map<Integer, Double> confidences = new HashMap<>(Map.of(1, 0.85, 5, 0.8, 6, 0.3, 9, 0.7, 11, 0.6));
        for (int position = 0; position < 12; position++) {
            if (position != 8) {
                WebFixtures.setConfidence(dataSource, WebFixtures.pairId(document, position),
                        confidences.getOrDefault(position, 0.95));
            }
        }
        assertNull(WebFixtures.pairs(document).get("items[8].confidence"));
        return document;
    }

    private static JsonPath api(long document, Map<String, Object> edit) {
        var body = new HashMap<>(edit);
        body.put("baseVersion", WebFixtures.version(document));
        return RestAssured.given().contentType(ContentType.JSON).body(body)
                .post("/api/documents/" + document + "/edits").then().statusCode(200).extract().jsonPath();
    }

    /** Positions of the queue's rows on a page, in order. */
    private static List<Integer> rowPositions(String html) {
        Matcher m = Pattern.compile("<tr class=\"risky\" data-position=\"(\\d+)\"").matcher(html);
        var positions = new ArrayList<Integer>();
        while (m.find()) {
            positions.add(Integer.parseInt(m.group(1)));
        }
        return positions;
    }

    private static String queuePage(long document) {
        return given().get("/documents/" + document + "/queue").then().statusCode(200).contentType(ContentType.HTML)
                .extract().asString();
    }

    private static String nextRisky(long document, Integer after) {
        var request = given().redirects().follow(false);
        if (after != null) {
            request.queryParam("after", after);
        }
        return request.get("/documents/" + document + "/next-risky").then().statusCode(303).extract()
                .header("Location");
    }

    @Test
    void shouldListTheRiskyPairsRiskiestFirstWithTheirReasonsAndCounts() throws SQLException {
        long document = riskyDocument();
        RestAssured.given().get("/api/documents/" + document).then().statusCode(200)
                .body("statusCounts.AUTO", equalTo(12))
                .body("confidentToConfirm", equalTo(5))
                .body("atRisk", equalTo(7));

        String html = queuePage(document);
        // unscored, flagged; then by effective confidence: 9 sits next to the unscored pair (as 0), 5 next to 6 (0.3)
        assertEquals(List.of(8, 3, 9, 6, 5, 11, 1), rowPositions(html), html);
        assertTrue(html.contains("<strong>7 pairs at risk remain</strong> of 12;"), html);
        assertTrue(html.contains("5 confident pairs await ‘Confirm confident’"), html);
        assertTrue(html.contains("<td class=\"reason\">not scored by the aligner</td>"), html);
        assertTrue(html.contains("<td class=\"reason\">QA flag, confidence 0.95</td>"), html);
        assertTrue(html.contains("<td class=\"reason\">confidence 0.70; next to pair 9 (not scored)</td>"), html);
        assertTrue(html.contains("<td class=\"reason\">confidence 0.80; next to pair 7 (confidence 0.30)</td>"), html);
        assertTrue(html.contains("<span class=\"flag\" title=\""), "the flag is shown with its message: " + html);
        assertTrue(html.contains("Satz Nummer neun, überarbeitet."), html);
        assertTrue(html.contains("href=\"/documents/" + document + "/positions/8\""), html);
        // found by a screen-reader user: the links were named "9", "4", …; they say what they open
        assertTrue(html.contains("aria-label=\"Open pair 9\">9</a>"), html);
        assertTrue(html.contains("<link rel=\"stylesheet\" href=\"/css/app.css\">"));
        assertTrue(!html.contains("<script>") && !html.contains("style=") && !html.contains("onclick"),
                "nothing inline: the CSP forbids it");

        // a row's link opens the review page focused on that pair
        long unscored = WebFixtures.pairId(document, 8);
        given().redirects().follow(false).get("/documents/" + document + "/positions/8").then().statusCode(303)
                .header("Location", containsString("focus=" + unscored));
    }

    @Test
    void shouldGoToTheNextRiskyPairInDocumentOrderWrappingRound() throws SQLException {
        long document = riskyDocument();
        String base = "/documents/" + document + "/positions/";
        assertTrue(nextRisky(document, null).endsWith(base + 1));
        assertTrue(nextRisky(document, -1).endsWith(base + 1));
        assertTrue(nextRisky(document, 1).endsWith(base + 3));
        assertTrue(nextRisky(document, 3).endsWith(base + 5));
        assertTrue(nextRisky(document, 6).endsWith(base + 8), "7 is confident: skipped");
        assertTrue(nextRisky(document, 9).endsWith(base + 11));
        assertTrue(nextRisky(document, 11).endsWith(base + 1), "after the last, round to the first");
        assertTrue(nextRisky(document, 500).endsWith(base + 1), "a position past the end starts over");
    }

    @Test
    void shouldConfirmExactlyTheAnnouncedConfidentPairsAndLowerNoRiskNextToAConfirmedPair() throws SQLException {
        long document = riskyDocument();
        int announced = RestAssured.given().get("/api/documents/" + document).then().extract().jsonPath()
                .getInt("confidentToConfirm");
        JsonPath confirmed = api(document, Map.of("op", "confirm-confident"));
        assertEquals(announced, confirmed.getList("pairs").size(), confirmed.prettify());
        assertEquals(List.of(0, 2, 4, 7, 10), confirmed.getList("pairs.position"));
        RestAssured.given().get("/api/documents/" + document).then()
                .body("confidentToConfirm", equalTo(0)).body("atRisk", equalTo(7))
                .body("statusCounts.CONFIRMED", equalTo(5));
        assertEquals(List.of(8, 3, 9, 6, 5, 11, 1), rowPositions(queuePage(document)));

        // the unscored pair confirmed by a person: it leaves the queue, and its neighbour is no longer raised
        api(document, Map.of("op", "confirm", "pairs", List.of(WebFixtures.pairId(document, 8))));
        String html = queuePage(document);
        assertEquals(List.of(3, 6, 5, 11, 9, 1), rowPositions(html));
        assertTrue(html.contains("<td class=\"reason\">confidence 0.70</td>"), html);
        assertTrue(html.contains("<strong>6 pairs at risk remain</strong> of 12;"), html);
        assertTrue(html.contains("0 confident pairs await"), html);
    }

    @Test
    void shouldSayNoRiskyPairsRemainWhenEveryUnreviewedPairIsConfident() throws SQLException {
        long project = WebFixtures.createProject("Queue, all sure", "en", "de");
        long document = WebFixtures.createDocument(project, "Sure", "One sentence here.\nAnother sentence here.",
                "Ein Satz hier.\nNoch ein Satz hier.");
        WebFixtures.setConfidence(dataSource, WebFixtures.pairId(document, 0), 0.97);
        WebFixtures.setConfidence(dataSource, WebFixtures.pairId(document, 1), 0.91);
        String html = queuePage(document);
        assertEquals(List.of(), rowPositions(html));
        assertTrue(html.contains("<strong>0 pairs at risk remain</strong> of 2;"), html);
        assertTrue(html.contains("No risky pairs remain: every unreviewed pair is confident"), html);
        assertTrue(html.contains("confirms the\n  2 left"), html);
        assertTrue(nextRisky(document, 0).endsWith("/documents/" + document + "/queue"));
        // opened from the review page at a pair, "Back to the review" goes back to that pair; a mangled one, to the start
        long second = WebFixtures.pairId(document, 1);
        assertTrue(BrowserSession.given().get("/documents/" + document + "/queue?from=" + second).asString()
                .contains("<a href=\"/documents/" + document + "?focus=" + second + "\">Back to the review</a>"));
        assertTrue(BrowserSession.given().get("/documents/" + document + "/queue?from=x1").asString()
                .contains("<a href=\"/documents/" + document + "\">Back to the review</a>"));

        api(document, Map.of("op", "confirm-confident"));
        assertTrue(queuePage(document).contains("No risky pairs remain: every unreviewed pair is confident, or every"
                + " pair is reviewed."));
    }

    @Test
    void shouldShowTheQueueToViewersAndHideItFromOthers() throws SQLException {
        long document = riskyDocument();
        long project = RestAssured.given().get("/api/documents/" + document).then().extract().jsonPath()
                .getLong("projectId");
        String viewer = "queue-viewer-" + System.nanoTime() % 1_000_000;
        String outsider = "queue-outsider-" + System.nanoTime() % 1_000_000;
        for (String user : List.of(viewer, outsider)) {
            RestAssured.given().contentType(ContentType.JSON)
                    .body(Map.of("username", user, "password", PASSWORD, "admin", false))
                    .post("/api/users").then().statusCode(201);
        }
        RestAssured.given().contentType(ContentType.JSON).body(Map.of("role", "viewer"))
                .put("/api/projects/" + project + "/members/" + viewer).then().statusCode(201);

        BrowserSession reader = BrowserSession.signIn(viewer, PASSWORD);
        reader.request().get("/documents/" + document + "/queue").then().statusCode(200)
                .body(containsString("7 pairs at risk remain"));
        reader.request().redirects().follow(false).get("/documents/" + document + "/next-risky").then()
                .statusCode(303);

        BrowserSession stranger = BrowserSession.signIn(outsider, PASSWORD);
        stranger.request().get("/documents/" + document + "/queue").then().statusCode(404)
                .contentType(ContentType.HTML).body(not(containsString("Twelve")));
        stranger.request().redirects().follow(false).get("/documents/" + document + "/next-risky").then()
                .statusCode(404);
        given().get("/documents/987654321/queue").then().statusCode(404).contentType(ContentType.HTML);
        RestAssured.given().auth().none().redirects().follow(false).get("/documents/" + document + "/queue").then()
                .statusCode(303).header("Location", containsString("/login"));
    }

    @Test
    void shouldPageTheQueueOfATwentyThousandPairDocument() throws SQLException {
        long project = WebFixtures.createProject("Queue, large", "de", "en");
        long document;
        try (Connection connection = dataSource.getConnection()) {
            document = BulkDocuments.insert(connection, project, "Large", 20_000);
            try (Statement sql = connection.createStatement()) {
                // scattered confidences, every tenth pair confident: the riskiest pairs lie all over the document
                sql.executeUpdate("UPDATE sentence_pair SET confidence = CASE WHEN MOD(ord / 4294967296, 10) = 0"
                        + " THEN 0.95 ELSE MOD(ord / 4294967296 * 7919, 9000) / 10000.0 END WHERE document_id = "
                        + document);
            }
        }
        RestAssured.given().get("/api/documents/" + document).then().statusCode(200)
                .body("confidentToConfirm", equalTo(2_000)).body("atRisk", equalTo(18_000));
        String html = given().get("/documents/" + document + "/queue?page=2").then().statusCode(200).extract()
                .asString();
        assertEquals(100, rowPositions(html).size());
        assertTrue(html.contains("<strong>18,000 pairs at risk remain</strong> of 20,000;"), html);
        assertTrue(html.contains("2,000 confident pairs await"), html);
        assertTrue(html.contains("<strong aria-current=\"page\">2</strong>"), html);
        assertTrue(html.contains("href=\"?page=180\""), "the last page is linked: " + html);
        String last = given().get("/documents/" + document + "/queue?page=180").then().statusCode(200).extract()
                .asString();
        assertEquals(100, rowPositions(last).size());
        // pair X (from 1) is at position X - 1; every tenth pair is confident and skipped
        assertTrue(nextRisky(document, 7).endsWith("/positions/8"));
        assertTrue(nextRisky(document, 8).endsWith("/positions/10"), "position 9 is confident");
        assertTrue(nextRisky(document, 19_998).endsWith("/positions/0"), "position 19,999 is confident: round");
    }
}
