// SPDX-License-Identifier: Apache-2.0
package dev.tandem.web;

import static dev.tandem.testing.BrowserSession.given;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManagerFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What the read and write paths cost the database, counted by Hibernate's statistics around one request: the review
 * page, a filtered page and confirming 200 pairs each take a bounded number of statements, whatever the document's
 * size, and a page loads the sentences of its rows only.
 */
@QuarkusTest
class StatementCountTest {
    private static final int PAIRS = 400;

    @Inject
    EntityManagerFactory factory;

    private Statistics statistics;
    private long document;

    @BeforeEach
    void createDocument() {
        statistics = factory.unwrap(SessionFactory.class).getStatistics();
        long project = WebFixtures.createProject("Counted", "en", "de");
        var en = new StringBuilder();
        var de = new StringBuilder();
        for (int i = 1; i <= PAIRS; i++) {
            en.append("Line ").append(i).append(" here.\n");
            de.append("Zeile ").append(i).append(" hier.\n");
        }
        document = WebFixtures.createDocument(project, "Counted", en.toString(), de.toString());
    }

    private record Cost(long statements, long entities) {
    }

    private Cost cost(Runnable request) {
        statistics.clear();
        request.run();
        return new Cost(statistics.getPrepareStatementCount(), statistics.getEntityLoadCount());
    }

    @Test
    void reviewPageShouldTakeFewStatements() {
        given().get("/documents/" + document).then().statusCode(200); // warm up
        Cost page = cost(() -> given().get("/documents/" + document).then().statusCode(200));
        Cost later = cost(() -> given().get("/documents/" + document + "?page=5").then().statusCode(200));
        System.out.println("review page: " + page + ", page 5: " + later);
        // 5: the session, the document with its project, the summary, the page's pairs, their sentences (both sides)
        assertTrue(page.statements() <= 8, "review page: " + page);
        assertTrue(later.statements() <= 8, "page 5: " + later);
        assertTrue(page.entities() <= 60, "a 50-row page loads its pairs, not their sentences as entities: " + page);
    }

    @Test
    void filteredPageShouldLoadOnlyItsRowsSentences() {
        var items = WebFixtures.pairs(document).getList("items.id", Long.class);
        io.restassured.RestAssured.given().contentType(ContentType.JSON)
                .body(Map.of("op", "confirm", "pairs", List.of(items.get(0), items.get(PAIRS - 1)),
                        "baseVersion", WebFixtures.version(document)))
                .post("/api/documents/" + document + "/edits").then().statusCode(200);
        // the first and the last pair: their sentences, not the 800 between them
        Cost farApart = cost(() -> given().queryParam("status", "CONFIRMED").get("/documents/" + document)
                .then().statusCode(200).body(containsString("Line 1 here."), containsString("Line 400 here.")));
        Cost statusPage = cost(() -> given().queryParam("status", "AUTO").queryParam("page", 3)
                .get("/documents/" + document).then().statusCode(200));
        System.out.println("filtered page (2 rows far apart): " + farApart + ", status page 3: " + statusPage);
        assertTrue(farApart.entities() <= 20, "a two-row page loads its rows, not the sentences between them: "
                + farApart);
        assertTrue(statusPage.entities() <= 60, "a 50-row page: " + statusPage);
    }

    @Test
    void confirmingTwoHundredPairsShouldTakeFewStatements() {
        List<Long> ids = new ArrayList<>();
        var items = WebFixtures.pairs(document).getList("items.id", Long.class);
        for (int i = 0; i < 200; i++) {
            ids.add(items.get(i));
        }
        // One edit first: edit ids come from the database 50 at a time, and the request measured should not be the
        // one in fifty that fetches the next block (one statement more).
        long warm = io.restassured.RestAssured.given().contentType(ContentType.JSON)
                .body(Map.of("op", "reject", "pair", items.get(250), "baseVersion", WebFixtures.version(document)))
                .post("/api/documents/" + document + "/edits").then().statusCode(200)
                .extract().jsonPath().getLong("version");
        Cost confirm = cost(() -> io.restassured.RestAssured.given().contentType(ContentType.JSON)
                .body(Map.of("op", "confirm", "pairs", ids, "baseVersion", warm))
                .post("/api/documents/" + document + "/edits").then().statusCode(200));
        System.out.println("confirm 200: " + confirm);
        // 818 when each pair was read alone. Now 10: the caller's account (its stored password hash, read on every
        // request so that a password changed on another instance counts at once), the access check, the locked
        // document, the pairs with their positions, the edit (its redo stack, its row, the document's version), one
        // bulk update, and the sentences of the answer; not the keys of every pair in the document. One more, once
        // in fifty edits, for the next block of edit ids.
        assertTrue(confirm.statements() <= 10, "confirm 200: " + confirm);
    }
}
