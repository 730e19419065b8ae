// SPDX-License-Identifier: Apache-2.0
package dev.tandem.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ProjectResourceTest {

    @Test
    void shouldCreateProjectWithNormalisedLanguages() {
        given().contentType(ContentType.JSON)
                .body(Map.of("name", "  Novels  ", "sourceLanguage", "ZH-hant", "targetLanguage", "en_US"))
                .when().post("/api/projects")
                .then().statusCode(201)
                .header("Location", containsString("/api/projects/"))
                .body("id", notNullValue())
                .body("name", equalTo("Novels"))
                .body("sourceLanguage", equalTo("zh-Hant"))
                .body("targetLanguage", equalTo("en-US"));
    }

    @Test
    void shouldDefaultTargetLanguageToEnglish() {
        given().contentType(ContentType.JSON)
                .body(Map.of("name", "German originals", "sourceLanguage", "de"))
                .when().post("/api/projects")
                .then().statusCode(201)
                .body("targetLanguage", equalTo("en"));
    }

    @Test
    void shouldListAndGetProjects() {
        long id = ApiFixtures.createProject("Listed", "ja", "en");
        given().when().get("/api/projects").then().statusCode(200).body("id", hasItem((int) id));
        given().when().get("/api/projects/" + id).then().statusCode(200)
                .body("name", equalTo("Listed")).body("sourceLanguage", equalTo("ja"));
    }

    @Test
    void shouldListDocumentsOfProject() {
        long project = ApiFixtures.createProject("With documents", "zh", "en");
        long document = ApiFixtures.createDocument(project, "Doc", ApiFixtures.ZH, ApiFixtures.EN);
        given().when().get("/api/projects/" + project + "/documents").then().statusCode(200)
                .body("id", hasItem((int) document))
                .body("[0].title", equalTo("Doc"));
    }

    @Test
    void shouldReturn404ProblemForUnknownProject() {
        given().when().get("/api/projects/987654").then().statusCode(404)
                .contentType("application/problem+json")
                .body("status", equalTo(404))
                .body("detail", containsString("987654"));
    }

    @Test
    void shouldRejectUnknownLanguageCode() {
        given().contentType(ContentType.JSON)
                .body(Map.of("name", "Bad", "sourceLanguage", "xx", "targetLanguage", "en"))
                .when().post("/api/projects")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("field", equalTo("sourceLanguage"))
                .body("detail", containsString("'xx'"));
        given().contentType(ContentType.JSON)
                .body(Map.of("name", "Bad", "sourceLanguage", "zh", "targetLanguage", "e n"))
                .when().post("/api/projects")
                .then().statusCode(400).body("field", equalTo("targetLanguage"));
    }

    @Test
    void shouldRejectMissingNameAndMalformedJson() {
        given().contentType(ContentType.JSON).body(Map.of("sourceLanguage", "zh"))
                .when().post("/api/projects")
                .then().statusCode(400).contentType("application/problem+json").body("field", equalTo("name"));
        given().contentType(ContentType.JSON).body("{\"name\": ")
                .when().post("/api/projects")
                .then().statusCode(400).contentType("application/problem+json");
    }

    @Test
    void shouldPublishOpenApi() {
        given().when().get("/q/openapi?format=json").then().statusCode(200)
                .body("paths", org.hamcrest.Matchers.hasKey("/api/align"))
                .body("paths", org.hamcrest.Matchers.hasKey("/api/documents/{id}/pairs"));
    }
}
