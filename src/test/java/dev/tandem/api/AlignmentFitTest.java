// SPDX-License-Identifier: Apache-2.0
package dev.tandem.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.lessThan;
import static org.hamcrest.Matchers.nullValue;

import dev.tandem.testing.BrowserSession;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
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
        org.junit.jupiter.api.Assertions.assertFalse(ownPage.contains("fit-warning"), "no warning for its own");
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
