// SPDX-License-Identifier: Apache-2.0
package dev.tandem.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/**
 * The limits Tandem ships with (not the small ones of the other tests) take a pair of 100,000-sentence texts: the
 * import is accepted as a background job (cancelled here, aligning it would take a minute), and a text over the
 * limit gets a 413 that names the limit.
 */
@QuarkusTest
@TestProfile(DefaultLimitsImportTest.ShippedLimits.class)
class DefaultLimitsImportTest {
    private static final List<String> LIMITS = List.of("tandem.import.max-chars", "tandem.upload.max-bytes",
            "quarkus.http.limits.max-body-size", "quarkus.http.limits.max-form-attribute-size",
            "tandem.import.async-above-chars");

    /** The limits of application.properties without the test profile's overrides. */
    public static class ShippedLimits implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            var properties = new Properties();
            try (InputStream in = DefaultLimitsImportTest.class.getResourceAsStream("/application.properties")) {
                properties.load(in);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            var shipped = new java.util.HashMap<String, String>();
            for (String key : LIMITS) {
                shipped.put(key, properties.getProperty(key));
            }
            return shipped;
        }
    }

    @Test
    void shouldAcceptAPairOf100000SentenceTextsAsAJob() throws InterruptedException {
        long project = ApiFixtures.createProject("Shipped limits", "zh", "en");
        String source = ImportTexts.chinese(100_000);
        String target = ImportTexts.english(133_000);
        String job = given().contentType(ContentType.JSON)
                .body(Map.of("title", "Whole novel", "sourceText", source, "targetText", target))
                .post("/api/projects/" + project + "/documents")
                .then().statusCode(202).extract().header("Location");
        cancel(job);

        // the same as files
        String fileJob = given()
                .multiPart("source", "novel.zh.txt", source.getBytes(StandardCharsets.UTF_8), "text/plain")
                .multiPart("target", "novel.en.txt", target.getBytes(StandardCharsets.UTF_8), "text/plain")
                .post("/api/projects/" + project + "/documents")
                .then().statusCode(202).extract().header("Location");
        cancel(fileJob);
        given().get("/api/projects/" + project + "/documents").then().body("size()", equalTo(0));
    }

    /** Cancels the job, which stops at its next progress report (segmenting 100,000 sentences may come first). */
    private static void cancel(String job) throws InterruptedException {
        given().delete(job).then().statusCode(200);
        assertEquals("CANCELLED", ImportJobTest.poll(job, new ArrayList<>()).getString("state"));
    }

    @Test
    void shouldNameTheLimitOfATextOverIt() {
        long project = ApiFixtures.createProject("Over the limit", "zh", "en");
        given().contentType(ContentType.JSON)
                .body(Map.of("title", "Too long", "sourceText", ImportTexts.chinese(10),
                        "targetText", ImportTexts.english(310_000)))
                .post("/api/projects/" + project + "/documents")
                .then().statusCode(413).contentType("application/problem+json")
                .body("detail", containsString("tandem.import.max-chars"));
    }
}
