// SPDX-License-Identifier: Apache-2.0
package dev.tandem.service;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tandem.model.Document;
import dev.tandem.review.ReviewStatus;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A page reads its document's version first and its counts a little later; an edit that commits in between must not
 * send it counting the whole document again: the counts of the last few versions are kept, each under its version.
 */
@QuarkusTest
class DocumentCountsTest {
    @Inject
    DocumentCounts counts;

    @Test
    void shouldAnswerAReaderOfTheVersionBeforeTheLatestEdit() {
        long project = given().contentType(ContentType.JSON).body(Map.of("name", "Counts", "sourceLanguage", "en",
                "targetLanguage", "de")).post("/api/projects").then().statusCode(201).extract().jsonPath().getLong("id");
        long document = given().contentType(ContentType.JSON).body(Map.of("title", "Counts",
                        "sourceText", "One.\nTwo.\nThree.", "targetText", "Eins.\nZwei.\nDrei.", "segmentation", "lines"))
                .post("/api/projects/" + project + "/documents").then().statusCode(201).extract().jsonPath()
                .getLong("id");
        var summary = given().get("/api/documents/" + document).then().statusCode(200).extract().jsonPath();
        long pair = given().get("/api/documents/" + document + "/pairs").then().statusCode(200).extract().jsonPath()
                .getLong("items[0].id");
        Document before = QuarkusTransaction.requiringNew().call(() -> Document.findById(document));
        assertTrue(counts.of(before).isPresent(), "the summary's counts are remembered under its version");

        for (int edit = 0; edit < 3; edit++) {
            given().contentType(ContentType.JSON).body(Map.of("op", edit % 2 == 0 ? "confirm" : "reject",
                            "pair", pair, "baseVersion", before.version + edit))
                    .post("/api/documents/" + document + "/edits").then().statusCode(200);
        }
        Document after = QuarkusTransaction.requiringNew().call(() -> Document.findById(document));
        assertEquals(before.version + 3, after.version);
        var latest = counts.of(after).orElseThrow(() -> new AssertionError("the edits carried the counts"));
        assertEquals(Map.of(ReviewStatus.AUTO, 2L, ReviewStatus.CONFIRMED, 1L, ReviewStatus.REJECTED, 0L),
                latest.statuses());
        var older = counts.of(before).orElseThrow(() -> new AssertionError("three edits later, still known"));
        assertEquals(summary.getLong("statusCounts.AUTO"), older.statuses().get(ReviewStatus.AUTO));
        assertEquals(3L, older.statuses().get(ReviewStatus.AUTO));
    }
}
