// SPDX-License-Identifier: Apache-2.0
package dev.tandem.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.lessThan;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tandem.testing.BrowserSession;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * A translation that is not its original's (another chapter's) is aligned all the same: the document says so
 * ({@code fit.warning}), the project and review pages show it, and "Confirm confident" asks before confirming. A
 * chapter with its own translation has no warning. Real chapters of the shared evaluation data (mac/dev zh→en, one
 * sentence per line); skips when they are missing.
 */
@QuarkusTest
class AlignmentFitTest {
    private static final Path MAC_DEV = Path.of(System.getProperty("tandem.eval.dir", "../shared/eval/data"), "mac",
            "dev");

    @Test
    void shouldWarnOfATranslationThatIsNotTheOriginalsAndNotOfItsOwn() throws IOException {
        Assumptions.assumeTrue(Files.isDirectory(MAC_DEV), "Skipped: " + MAC_DEV + " (the shared evaluation data) is"
                + " missing.");
        long project = ApiFixtures.createProject("Fit", "zh", "en");
        long own = upload(project, "Own", "001", "001");
        long wrong = upload(project, "Wrong", "001", "002");

        given().get("/api/documents/" + own).then().statusCode(200)
                .body("fit.meanConfidence", greaterThan(0.45f)).body("fit.warning", nullValue());
        given().get("/api/documents/" + wrong).then().statusCode(200)
                .body("fit.meanConfidence", lessThan(0.45f))
                .body("fit.warning", containsString("Check that this translation belongs to this original"));

        BrowserSession.given().accept("text/html").get("/projects/" + project).then().statusCode(200)
                .body(containsString("Few pairs look sure"));
        BrowserSession.given().accept("text/html").get("/documents/" + wrong).then().statusCode(200)
                .body(containsString("id=\"fit-warning\""),
                        containsString("The aligner doubts that this translation fits its original"));
        String ownPage = BrowserSession.given().accept("text/html").get("/documents/" + own).then().statusCode(200)
                .extract().asString();
        assertFalse(ownPage.contains("fit-warning"), "no warning for its own");
    }

    /**
     * A translation with a preface the original lacks: the preface is left unpaired, with confidence (a run at the
     * side's start). The fit counts those sentences 0, as it counts any sentence left unpaired: counted at their
     * confidence, such runs lifted the mean of half a translation against its whole original to 0.51 (mac/dev 006
     * en→zh, aligned directly) and hid the warning.
     */
    @Test
    @SuppressWarnings("unchecked")
    void shouldCountSentencesLeftUnpairedAsFittingNothing() throws IOException {
        Assumptions.assumeTrue(Files.isDirectory(MAC_DEV), "Skipped: " + MAC_DEV + " (the shared evaluation data) is"
                + " missing.");
        long project = ApiFixtures.createProject("Fit, preface", "zh", "en");
        List<String> translation = new java.util.ArrayList<>(
                Files.readAllLines(MAC_DEV.resolve("en").resolve("002")).subList(0, 30));
        translation.addAll(Files.readAllLines(MAC_DEV.resolve("en").resolve("004")));
        long document = given().contentType(ContentType.JSON)
                .body(Map.of("title", "With a preface", "segmentation", "lines",
                        "sourceText", Files.readString(MAC_DEV.resolve("zh").resolve("004")),
                        "targetText", String.join("\n", translation)))
                .post("/api/projects/" + project + "/documents").then().statusCode(201)
                .extract().jsonPath().getLong("id");
        List<Map<String, Object>> pairs = given().queryParam("limit", 1000).get("/api/documents/" + document + "/pairs")
                .then().statusCode(200).extract().jsonPath().getList("items");
        double sum = 0;
        int scored = 0;
        int surelyUnpaired = 0;
        for (Map<String, Object> pair : pairs) {
            if (pair.get("confidence") == null) {
                continue;
            }
            double confidence = ((Number) pair.get("confidence")).doubleValue();
            boolean unpaired = ((List<?>) pair.get("source")).isEmpty() || ((List<?>) pair.get("target")).isEmpty();
            scored++;
            sum += unpaired ? 0.0 : confidence;
            surelyUnpaired += unpaired && confidence >= 0.5 ? 1 : 0;
        }
        assertTrue(surelyUnpaired > 0, "some sentences are left unpaired with"
                + " confidence, or this test shows nothing");
        for (Map<String, Object> pair : pairs) {
            // the preface is left unpaired by the import too (its texts are one paragraph each)
            List<Map<String, Object>> target = (List<Map<String, Object>>) pair.get("target");
            if (target.stream().anyMatch(sentence -> ((Number) sentence.get("index")).intValue() < 30)) {
                assertEquals(List.of(), pair.get("source"), "the preface is paired: "
                        + pair);
            }
        }
        float expected = (float) (Math.round(sum / scored * 1000) / 1000.0);
        given().get("/api/documents/" + document).then().statusCode(200)
                .body("fit.meanConfidence", equalTo(expected));
    }

    private static long upload(long project, String title, String source, String target) throws IOException {
        return given().contentType(ContentType.JSON)
                .body(Map.of("title", title, "segmentation", "lines",
                        "sourceText", Files.readString(MAC_DEV.resolve("zh").resolve(source)),
                        "targetText", Files.readString(MAC_DEV.resolve("en").resolve(target))))
                .post("/api/projects/" + project + "/documents").then().statusCode(201)
                .extract().jsonPath().getLong("id");
    }
}
