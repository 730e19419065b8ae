// SPDX-License-Identifier: Apache-2.0
package dev.tandem.web;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;

import dev.tandem.testing.BatchZip;
import dev.tandem.testing.BrowserSession;
import io.quarkus.test.junit.QuarkusTest;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The batch form's two steps as plain posts (no JavaScript) and as htmx sends them: the pairing, a refusal in the
 * pairing area, and the confirmation that imports only the zip whose pairing was shown.
 */
@QuarkusTest
class BatchPagesTest {
    private static final Pattern KEY = Pattern.compile("name=\"pairingKey\" value=\"([0-9a-f]{64})\"");

    @Test
    void shouldShowThePairingOnAPageOfItsOwnWithoutJavaScriptAndImportOnlyTheZipItShowed() {
        long project = WebFixtures.createProject("Batch pages", "zh", "en");
        byte[] zip = BatchZip.twentyPairs();
        String page = BrowserSession.given().multiPart("file", "twenty.zip", zip, "application/zip")
                .post("/projects/" + project + "/batches/preview")
                .then().statusCode(200)
                .body(containsString("<strong>twenty.zip</strong>: 19 pairs to import, 2 left out"))
                .body(containsString("no: no translation found for lonely.zh.txt: expected lonely.en.txt"))
                .body(containsString("Without JavaScript the zip must be chosen again before importing."))
                .extract().asString();
        Matcher key = KEY.matcher(page);
        org.junit.jupiter.api.Assertions.assertTrue(key.find(), "the pairing carries its key");

        byte[] other = new BatchZip().text("a.zh.txt", dev.tandem.api.TextTrustTest.ZH)
                .text("a.en.txt", dev.tandem.api.TextTrustTest.EN).build();
        BrowserSession.given().header("HX-Request", "true").multiPart("file", "other.zip", other, "application/zip")
                .multiPart("pairingKey", key.group(1))
                .post("/projects/" + project + "/batches")
                .then().statusCode(400).header("Tandem-Form-Refusal", equalTo("batch"))
                .body(containsString("is not the one whose pairing was shown: nothing was imported"))
                .body(not(containsString("<html")));
        BrowserSession.given().redirects().follow(false).multiPart("file", "twenty.zip", zip, "application/zip")
                .multiPart("pairingKey", key.group(1))
                .post("/projects/" + project + "/batches")
                .then().statusCode(303).header("Location", matchesPattern(".*/jobs/\\d+$"));
    }

    @Test
    void shouldSayInThePairingAreaWhyAZipIsRefused() {
        long project = WebFixtures.createProject("Batch refusals", "zh", "en");
        BrowserSession.given().header("HX-Request", "true")
                .multiPart("file", "notes.zip", "not a zip".getBytes(StandardCharsets.UTF_8), "application/zip")
                .post("/projects/" + project + "/batches/preview")
                .then().statusCode(400).header("Tandem-Form-Refusal", equalTo("batch"))
                .body(containsString("<p class=\"field-error\">The zip: The file is not a zip archive"));
    }
}
