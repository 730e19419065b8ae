// SPDX-License-Identifier: Apache-2.0
package dev.tandem.service;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tandem.testing.SnowReport;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A document imported over REST is indexed for the concordance in the background once its import has committed, so
 * that the first search after an import does not wait for it (with {@code tandem.search.warm-up} on, as shipped).
 */
@QuarkusTest
@TestProfile(ConcordanceAfterImportTest.WarmUp.class)
class ConcordanceAfterImportTest {
    /** The shipped setting: indexes kept up to date in the background. */
    public static class WarmUp implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("tandem.search.warm-up", "true");
        }
    }

    @Inject
    Concordance concordance;

    @Test
    void shouldIndexAnImportedDocumentBeforeAnyoneSearches() throws InterruptedException {
        long project = given().contentType(ContentType.JSON)
                .body(Map.of("name", "Indexed ahead", "sourceLanguage", "zh", "targetLanguage", "en"))
                .post("/api/projects").then().statusCode(201).extract().jsonPath().getLong("id");
        long document = given().contentType(ContentType.JSON)
                .body(Map.of("title", "Snow", "sourceText", SnowReport.ZH, "targetText", SnowReport.EN))
                .post("/api/projects/" + project + "/documents").then().statusCode(201)
                .extract().jsonPath().getLong("id");

        long deadline = System.nanoTime() + 30_000_000_000L;
        while (!concordance.holdsCurrent(document) && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
        assertTrue(concordance.holdsCurrent(document), "indexed without a search");
        given().get("/api/search?q=Forbidden&project=" + project).then().statusCode(200).body("total", equalTo(1));
    }
}
