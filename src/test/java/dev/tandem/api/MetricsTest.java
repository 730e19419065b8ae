// SPDX-License-Identifier: Apache-2.0
package dev.tandem.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tandem.testing.Scrape;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * {@code /q/metrics} after real calls: each test scrapes before and after and checks the difference its calls
 * made, since other tests of the run count into the same meters.
 */
@QuarkusTest
class MetricsTest {
    private static final String PAIRS_ROUTE = "/api/documents/{id}/pairs";
    private static final String PROMETHEUS_ACCEPT = "application/openmetrics-text;version=1.0.0;escaping=allow-utf-8;q=0.6,"
            + "application/openmetrics-text;version=0.0.1;q=0.5,text/plain;version=1.0.0;escaping=allow-utf-8;q=0.4,"
            + "text/plain;version=0.0.4;q=0.3,*/*;q=0.2";

    @Test
    void shouldServePrometheusTextToAScraperWithoutAnAccount() {
        given().auth().none().accept("text/plain").get("/q/metrics").then().statusCode(200)
                .contentType(containsString("text/plain"))
                .body(containsString("# TYPE http_server_requests_seconds "))
                .body(containsString("jvm_memory_used_bytes"));
        // as Prometheus 3 asks (it takes either format)
        given().auth().none().accept(PROMETHEUS_ACCEPT).get("/q/metrics").then().statusCode(200)
                .body(containsString("# TYPE http_server_requests_seconds "));
    }

    @Test
    void shouldCountRequestsByRouteTemplateNotByAddress() {
        long project = ApiFixtures.createProject("Metrics routes", "zh", "en");
        long document = ApiFixtures.createDocument(project, "Routes", ApiFixtures.ZH, ApiFixtures.EN);
        Map<String, String> pairs = Map.of("uri", PAIRS_ROUTE, "method", "GET", "status", "200");
        Scrape before = Scrape.now();

        given().get("/api/documents/" + document + "/pairs").then().statusCode(200);
        given().get("/api/documents/" + document + "/pairs?limit=1").then().statusCode(200);

        Scrape after = Scrape.now();
        assertEquals(2, after.value("http_server_requests_seconds_count", pairs)
                - before.value("http_server_requests_seconds_count", pairs));
        assertTrue(after.value("http_server_requests_seconds_sum", pairs) > 0);
        assertFalse(after.text().contains("uri=\"/api/documents/" + document), "no series per document id");
        // latency buckets, so that a p95 can be computed from the scrape
        assertFalse(after.series("http_server_requests_seconds_bucket", pairs).isEmpty());
    }

    @Test
    void shouldCountReviewOperationsByName() {
        long project = ApiFixtures.createProject("Metrics review", "zh", "en");
        long document = ApiFixtures.createDocument(project, "Review", ApiFixtures.ZH, ApiFixtures.EN);
        JsonPath page = given().get("/api/documents/" + document + "/pairs").then().extract().jsonPath();
        long version = given().get("/api/documents/" + document).then().extract().jsonPath().getLong("version");
        Map<String, String> confirm = Map.of("operation", "confirm");
        Map<String, String> undo = Map.of("operation", "undo");
        Scrape before = Scrape.now();

        given().contentType(ContentType.JSON).body(Map.of("op", "confirm", "pairs", List.of(page.getLong("items[0].id")),
                "baseVersion", version)).post("/api/documents/" + document + "/edits").then().statusCode(200);
        given().contentType(ContentType.JSON).body(Map.of("baseVersion", version + 1))
                .post("/api/documents/" + document + "/undo").then().statusCode(200);
        // refused (stale version): nothing happened, nothing is counted
        given().contentType(ContentType.JSON).body(Map.of("op", "confirm", "pairs", List.of(page.getLong("items[0].id")),
                "baseVersion", version)).post("/api/documents/" + document + "/edits").then().statusCode(409);

        Scrape after = Scrape.now();
        assertEquals(1, after.value("tandem_review_operations_total", confirm)
                - before.value("tandem_review_operations_total", confirm));
        assertEquals(1, after.value("tandem_review_operations_total", undo)
                - before.value("tandem_review_operations_total", undo));
    }

    @Test
    void shouldTimeAndMeasureImports() {
        long project = ApiFixtures.createProject("Metrics import", "zh", "en");
        Map<String, String> stored = Map.of("format", "text", "mode", "request", "outcome", "stored");
        Map<String, String> text = Map.of("format", "text");
        Scrape before = Scrape.now();

        JsonPath document = given().contentType(ContentType.JSON)
                .body(Map.of("title", "Measured", "sourceText", ApiFixtures.ZH, "targetText", ApiFixtures.EN))
                .post("/api/projects/" + project + "/documents").then().statusCode(201).extract().jsonPath();

        Scrape after = Scrape.now();
        assertEquals(1, after.value("tandem_import_duration_seconds_count", stored)
                - before.value("tandem_import_duration_seconds_count", stored));
        assertTrue(after.value("tandem_import_duration_seconds_sum", stored)
                > before.value("tandem_import_duration_seconds_sum", stored));
        assertEquals(1, after.value("tandem_import_sentences_count", text)
                - before.value("tandem_import_sentences_count", text));
        assertEquals(document.getInt("sourceSentences") + document.getInt("targetSentences"),
                after.value("tandem_import_sentences_sum", text) - before.value("tandem_import_sentences_sum", text));
        assertEquals(ApiFixtures.ZH.length() + ApiFixtures.EN.length(),
                after.value("tandem_import_characters_sum", text) - before.value("tandem_import_characters_sum", text));
    }

    @Test
    void shouldTimeBackgroundImportsApart() throws InterruptedException {
        long project = ApiFixtures.createProject("Metrics job", "zh", "en");
        Map<String, String> job = Map.of("format", "text", "mode", "job", "outcome", "stored");
        Scrape before = Scrape.now();

        String location = given().contentType(ContentType.JSON).header("Prefer", "respond-async")
                .body(Map.of("title", "In the background", "sourceText", ApiFixtures.ZH, "targetText", ApiFixtures.EN))
                .post("/api/projects/" + project + "/documents").then().statusCode(202).extract().header("Location");
        long deadline = System.currentTimeMillis() + 60_000;
        String state;
        while (!(state = given().get(location).then().statusCode(200).extract().path("state")).equals("DONE")
                && System.currentTimeMillis() < deadline) {
            Thread.sleep(50);
        }
        assertEquals("DONE", state);

        // the job's meters are written once its transaction committed, just before the job reads DONE
        Scrape after = Scrape.now();
        for (int i = 0; i < 100 && after.value("tandem_import_duration_seconds_count", job)
                == before.value("tandem_import_duration_seconds_count", job); i++) {
            Thread.sleep(20);
            after = Scrape.now();
        }
        assertEquals(1, after.value("tandem_import_duration_seconds_count", job)
                - before.value("tandem_import_duration_seconds_count", job));
    }

    @Test
    void shouldTimeAndMeasureAlignments() {
        Map<String, String> done = Map.of("outcome", "done");
        Scrape before = Scrape.now();

        given().contentType(ContentType.JSON).body(Map.of("sourceLanguage", "de", "targetLanguage", "en",
                        "source", List.of("Ein Satz.", "Noch einer.", "Der dritte."),
                        "target", List.of("One sentence.", "Another one.")))
                .post("/api/align").then().statusCode(200);

        Scrape after = Scrape.now();
        assertEquals(1, after.value("tandem_alignment_duration_seconds_count", done)
                - before.value("tandem_alignment_duration_seconds_count", done));
        assertEquals(5, after.value("tandem_alignment_sentences_sum") - before.value("tandem_alignment_sentences_sum"));
    }

    @Test
    void shouldShowTheConnectionPoolAndTheJobQueue() {
        Scrape scrape = Scrape.now();
        Map<String, String> pool = Map.of("datasource", "default");
        for (String meter : List.of("agroal_active_count", "agroal_available_count", "agroal_max_used_count",
                "agroal_awaiting_count")) {
            assertFalse(scrape.series(meter, pool).isEmpty(), meter + " in " + scrape.text());
        }
        assertFalse(scrape.series("tandem_import_jobs_queued", Map.of()).isEmpty());
        assertFalse(scrape.series("tandem_import_jobs_running", Map.of()).isEmpty());
    }
}
