// SPDX-License-Identifier: Apache-2.0
package dev.tandem.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.tandem.model.Document;
import dev.tandem.model.Project;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A name shown on the pages (a project's, a document's title, a token's) is one line: a line break, a control
 * character or an invisible direction override in it is refused over REST with a problem naming the field, and
 * nothing is stored. Ordinary Unicode (CJK, Arabic, emoji with zero-width joiners) is a name like any other.
 */
@QuarkusTest
class OneLineNamesTest {
    private static final String FAMILY = "\uD83D\uDC69\u200D\uD83D\uDC69\u200D\uD83D\uDC67";

    /** What a refusal says for each kind of character, by example. */
    private static final Map<String, String> REFUSED = Map.of(
            "Snow\nreport", "contains a line break (U+000A) at character 5: a %s is one line of plain text. Type it"
                    + " on one line, with spaces instead of tabs, line breaks or control characters.",
            "Snow\r\nreport", "contains a line break (U+000D) at character 5",
            "Snow\treport", "contains a tab (U+0009) at character 5",
            "Snow\u0007", "contains a control character (U+0007) at character 5",
            "Snow\u0085report", "contains a line break (U+0085) at character 5",
            "Snow\u009Breport", "contains a control character (U+009B) at character 5",
            "Snow\u007F", "contains a control character (U+007F) at character 5",
            "\u202Etxt.exe", "contains an invisible direction control (U+202E) at character 1: it can reverse how"
                    + " the %s and the text beside it are shown. Delete it; the pages set the direction of every %s"
                    + " themselves.",
            "Snow \u2067report\u2069", "contains an invisible direction control (U+2067) at character 6",
            "Snow\u2028report", "contains a line break (U+2028) at character 5");

    private static final List<String> ORDINARY = List.of("北京的雪 2026", "تقرير الثلج", "שלג בירושלים",
            "Snow " + FAMILY + " ❄️ 👍🏽", "Mi\u200Cnen \u200Fנ\u200E", "Café déjà vu");

    @Test
    void shouldRefuseAProjectNameThatIsNotOneLineAndAcceptOrdinaryUnicode() {
        long before = Project.count();
        for (var refused : REFUSED.entrySet()) {
            assertProblem(given().contentType(ContentType.JSON)
                    .body(Map.of("name", refused.getKey(), "sourceLanguage", "zh", "targetLanguage", "en"))
                    .post("/api/projects").then(), "name", refused.getValue());
        }
        assertEquals(before, Project.count(), "nothing is stored");
        for (String name : ORDINARY) {
            given().contentType(ContentType.JSON)
                    .body(Map.of("name", name, "sourceLanguage", "zh", "targetLanguage", "en"))
                    .post("/api/projects").then().statusCode(201).body("name", equalTo(name));
        }
    }

    @Test
    void shouldRefuseADocumentTitleThatIsNotOneLineWhenCreatedOrRenamed() {
        long project = ApiFixtures.createProject("Titles", "zh", "en");
        long before = Document.count();
        for (var refused : REFUSED.entrySet()) {
            assertProblem(given().contentType(ContentType.JSON).body(Map.of("title", refused.getKey(),
                            "sourceText", ApiFixtures.ZH, "targetText", ApiFixtures.EN))
                    .post("/api/projects/" + project + "/documents").then(), "title", refused.getValue());
        }
        assertProblem(given().multiPart("title", "Two\r\nlines", "text/plain; charset=UTF-8")
                .multiPart("sourceText", ApiFixtures.ZH, "text/plain; charset=UTF-8")
                .multiPart("targetText", ApiFixtures.EN, "text/plain; charset=UTF-8")
                .post("/api/projects/" + project + "/documents").then(), "title", "contains a line break (U+000D) at character 4");
        assertEquals(before, Document.count(), "nothing is stored");

        long document = ApiFixtures.createDocument(project, "Snow " + FAMILY, ApiFixtures.ZH, ApiFixtures.EN);
        for (var refused : REFUSED.entrySet()) {
            assertProblem(given().contentType(ContentType.JSON)
                    .body(Map.of("title", refused.getKey(), "baseVersion", 1))
                    .patch("/api/documents/" + document).then(), "title", refused.getValue());
        }
        for (String title : ORDINARY) {
            given().contentType(ContentType.JSON).body(Map.of("title", title))
                    .header("If-Match", given().get("/api/documents/" + document).header("ETag"))
                    .patch("/api/documents/" + document).then().statusCode(200).body("title", equalTo(title));
        }
    }

    @Test
    void shouldNameAnUntitledDocumentAfterItsFirstSentenceWithoutItsControls() {
        long project = ApiFixtures.createProject("Untitled", "en", "de");
        String title = given().contentType(ContentType.JSON).body(Map.of(
                        "sourceText", "The \u202Eweather\u202C report\tfor today. It snowed.",
                        "targetText", "Der Wetterbericht für heute. Es hat geschneit."))
                .post("/api/projects/" + project + "/documents").then().statusCode(201)
                .extract().jsonPath().getString("title");
        assertEquals("The weather report for today.", title);
    }

    @Test
    void shouldRefuseATokenNameThatIsNotOneLine() {
        assertProblem(given().contentType(ContentType.JSON).body(Map.of("name", "CI\nexport"))
                .post("/api/tokens").then(), "name", "contains a line break (U+000A) at character 3");
        given().contentType(ContentType.JSON).body(Map.of("name", "导出 " + FAMILY))
                .post("/api/tokens").then().statusCode(201);
    }

    private static void assertProblem(ValidatableResponse response, String field, String detail) {
        response.statusCode(400).contentType("application/problem+json").body("field", equalTo(field))
                .body("detail", containsString(field + " " + detail.replace("%s", field)));
    }
}
