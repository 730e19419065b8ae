// SPDX-License-Identifier: Apache-2.0
package dev.tandem.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tandem.testing.BatchZip;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * What a pipeline sends by mistake is refused, not half read (found by an API client's use): a misspelt field or
 * query parameter, a field given twice, a flag that is neither true nor false. Each of these was answered as if the
 * mistake had not been made: a project into English, every pair exported, a preview imported.
 */
@QuarkusTest
class StrictRequestTest {

    @Test
    void shouldRefuseAMisspeltFieldNamingItAndTheFieldsThereAre() {
        int before = given().get("/api/projects").then().statusCode(200).extract().jsonPath().getList("$").size();
        given().contentType(ContentType.JSON)
                .body("{\"name\": \"Typo\", \"sourceLanguage\": \"de\", \"target_language\": \"fr\"}")
                .post("/api/projects").then().statusCode(400).contentType("application/problem+json")
                .body("field", equalTo("target_language"))
                .body("detail", allOf(containsString("no field target_language"), containsString("targetLanguage")));
        given().get("/api/projects").then().body("size()", equalTo(before));

        long document = ApiFixtures.createDocument(ApiFixtures.createProject("Strict edits", "zh", "en"), "Edits",
                ApiFixtures.ZH, ApiFixtures.EN);
        long version = given().get("/api/documents/" + document).then().extract().jsonPath().getLong("version");
        given().contentType(ContentType.JSON)
                .body(Map.of("op", "confirm-confident", "baseVersion", version, "min_confidence", 0.999))
                .post("/api/documents/" + document + "/edits").then().statusCode(400)
                .contentType("application/problem+json").body("field", equalTo("min_confidence"))
                .body("detail", containsString("minConfidence"));
        given().get("/api/documents/" + document).then().body("version", equalTo((int) version));
    }

    /** Found by use: a byte order mark at the start of a JSON text stayed in the first sentence, and in the TMX. */
    @Test
    void shouldDropAByteOrderMarkAtTheStartOfAText() {
        long document = ApiFixtures.createDocument(ApiFixtures.createProject("Marked", "zh", "en"), "Marked",
                "\uFEFF" + ApiFixtures.ZH, "\uFEFF" + ApiFixtures.EN);
        var first = given().get("/api/documents/" + document + "/pairs?limit=1").then().statusCode(200).extract()
                .jsonPath();
        assertEquals("第一段的第一句。", first.getString("items[0].source[0].text"));
        assertTrue(first.getString("items[0].target[0].text").startsWith("This"));
    }

    /**
     * Found by use: an unquoted tag in If-Match named no version, so every retry of the 412 failed again; a baseVersion
     * from the future was answered "changed since", which no reload could mend.
     */
    @Test
    void shouldSayWhatIsWrongWithAVersionNoRetryCouldMeet() {
        long document = ApiFixtures.createDocument(ApiFixtures.createProject("Versions", "zh", "en"), "Versions",
                ApiFixtures.ZH, ApiFixtures.EN);
        String path = "/api/documents/" + document;
        String etag = given().get(path).then().extract().header("ETag");
        given().header("If-Match", etag.replace("\"", "")).contentType(ContentType.JSON).body(Map.of("title", "Renamed"))
                .patch(path).then().statusCode(400).contentType("application/problem+json")
                .body("field", equalTo("If-Match")).body("detail", containsString("quotes included"));
        given().contentType(ContentType.JSON).body(Map.of("op", "confirm-confident", "baseVersion", 99))
                .post(path + "/edits").then().statusCode(400).body("field", equalTo("baseVersion"))
                .body("detail", containsString("it is at version 1"));
        given().header("If-Match", etag).contentType(ContentType.JSON).body(Map.of("title", "Renamed"))
                .patch(path).then().statusCode(200);
    }

    @Test
    void shouldCallAnOffsetBeyondTheLargestOutOfRangeNotMalformed() {
        given().get("/api/projects?offset=2147483648").then().statusCode(400).body("field", equalTo("offset"))
                .body("detail", containsString("out of range"));
    }

    @Test
    void shouldRefuseAFieldGivenTwice() {
        given().contentType(ContentType.JSON)
                .body("{\"name\": \"Twice\", \"sourceLanguage\": \"de\", \"targetLanguage\": \"fr\","
                        + " \"targetLanguage\": \"en\"}")
                .post("/api/projects").then().statusCode(400).contentType("application/problem+json")
                .body("detail", containsString("targetLanguage"));
    }

    @Test
    void shouldRefuseAQueryParameterTheCallDoesNotTake() {
        long document = ApiFixtures.createDocument(ApiFixtures.createProject("Strict export", "zh", "en"), "Export",
                ApiFixtures.ZH, ApiFixtures.EN);
        given().get("/api/documents/" + document + "/export?format=tmx&state=confirmed").then().statusCode(400)
                .contentType("application/problem+json").body("field", equalTo("state"))
                .body("detail", allOf(containsString("no query parameter state"), containsString("status")));
        given().get("/api/documents/" + document + "/export?format=tmx&status=confirmed").then().statusCode(200);
    }

    /** Found by use: every 415 said "send application/json or multipart/form-data", also where neither is taken. */
    @Test
    void shouldNameTheMediaTypesTheCallTakesWhenRefusingAContentType() {
        long project = ApiFixtures.createProject("Strict media types", "de", "fr");
        given().contentType(ContentType.JSON).body("{\"rules\": []}")
                .put("/api/projects/" + project + "/segmentation").then().statusCode(415)
                .contentType("application/problem+json")
                .body("detail", allOf(containsString("does not take application/json"),
                        containsString("application/srx+xml")));
        given().contentType(ContentType.JSON).body("{\"file\": \"x\"}")
                .post("/api/projects/" + project + "/dictionaries").then().statusCode(415)
                .body("detail", allOf(containsString("send multipart/form-data."),
                        not(containsString("send application/json"))));
    }

    @Test
    void shouldRefuseADryRunThatIsNeitherTrueNorFalse() {
        long project = ApiFixtures.createProject("Strict dry run", "zh", "en");
        for (String value : new String[] {"1", "yes", "on"}) {
            given().multiPart("file", "twenty.zip", BatchZip.twentyPairs(), "application/zip")
                    .post("/api/projects/" + project + "/batches?dryRun=" + value).then().statusCode(400)
                    .contentType("application/problem+json").body("field", equalTo("dryRun"))
                    .body("detail", containsString("not '" + value + "'"));
        }
        given().get("/api/projects/" + project + "/documents").then().body("size()", equalTo(0));
        given().multiPart("file", "twenty.zip", BatchZip.twentyPairs(), "application/zip")
                .post("/api/projects/" + project + "/batches?dryRun=TRUE").then().statusCode(200);
    }
}
