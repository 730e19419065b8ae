// SPDX-License-Identifier: Apache-2.0
package dev.tandem.api;

import static dev.tandem.testing.BrowserSession.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tandem.testing.ShortTransactions;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Imports that take longer than the transaction timeout: segmenting and aligning run with no transaction open, so
 * a document that takes seconds to align imports under a three-second timeout (with everything in one transaction,
 * the reaper rolled it back and the client got a 500). Here the web form's large imports also run as jobs.
 */
@QuarkusTest
@TestProfile(ShortTransactions.class)
class ShortTransactionImportTest {
    private static final Pattern REFRESH = Pattern.compile("<meta http-equiv=\"refresh\"");

    @Test
    void shouldImportADocumentThatTakesLongerToAlignThanATransactionMayLast() {
        long project = ApiFixtures.createProject("Slow to align", "zh", "en");
        // 12,000 sentences a side (1,000,000 characters), under the threshold of background imports: the request
        // itself segments, aligns and stores them, in about five seconds
        long started = System.nanoTime();
        given().contentType(ContentType.JSON)
                .body(Map.of("title", "Long", "sourceText", ImportTexts.chinese(12_000),
                        "targetText", ImportTexts.english(12_000)))
                .post("/api/projects/" + project + "/documents")
                .then().statusCode(201).body("sourceSentences", equalTo(12_000)).body("targetSentences", equalTo(12_000));
        double seconds = (System.nanoTime() - started) / 1e9;
        assertTrue(seconds > ShortTransactions.TIMEOUT_SECONDS, "the import must outlast the 3 s transaction timeout to prove anything: "
                + seconds + " s");
    }

    @Test
    void shouldFollowALargeUploadFromItsProgressPageToTheDocument() throws InterruptedException {
        String projectUrl = given().redirects().follow(false).contentType(ContentType.URLENC)
                .formParam("name", "Web job").formParam("sourceLanguage", "zh").formParam("targetLanguage", "en")
                .post("/projects").then().statusCode(303).extract().header("Location");
        String form = given().get(projectUrl).then().statusCode(200).extract().asString();
        Matcher key = Pattern.compile("name=\"importKey\" value=\"([^\"]+)\"").matcher(form);
        assertTrue(key.find(), "the upload form carries its own idempotency key");

        String jobUrl = upload(projectUrl, key.group(1));
        assertTrue(jobUrl.contains("/jobs/"), "a large upload becomes a job: " + jobUrl);
        // the same form sent again (a double click, a reload) is the same import
        assertEquals(jobUrl, upload(projectUrl, key.group(1)));

        String page = given().get(jobUrl).then().statusCode(200)
                .body(containsString("Importing “Web job chapter”")).extract().asString();
        long deadline = System.currentTimeMillis() + 300_000; // the job takes 10-20 s; this only ends a hang
        while (REFRESH.matcher(page).find() || !page.contains("id=\"pair-")) {
            assertTrue(System.currentTimeMillis() < deadline, "the job page never led to the document");
            assertTrue(page.contains("<progress") || page.contains("id=\"pair-"), page);
            Thread.sleep(200);
            // a finished job's page redirects to its document
            page = given().get(jobUrl).then().statusCode(200).extract().asString();
        }
        assertTrue(page.contains("Web job chapter"), page);
        given().get(projectUrl).then().statusCode(200)
                .body(containsString("Web job chapter"));
        given().get("/api/projects/" + projectUrl.substring(projectUrl.lastIndexOf('/') + 1) + "/documents")
                .then().statusCode(200).body("size()", equalTo(1));
    }

    private static String upload(String projectUrl, String importKey) {
        return given().redirects().follow(false)
                .multiPart("title", "Web job chapter")
                .multiPart(DocumentResourceTest.utf8Part("sourceText", ImportTexts.chinese(14_000)))
                .multiPart(DocumentResourceTest.utf8Part("targetText", ImportTexts.english(14_000)))
                .multiPart("segmentation", "auto")
                .multiPart("importKey", importKey)
                .post(projectUrl + "/documents")
                .then().statusCode(303).extract().header("Location");
    }
}
