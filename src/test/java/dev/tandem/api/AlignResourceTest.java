// SPDX-License-Identifier: Apache-2.0
package dev.tandem.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class AlignResourceTest {

    @Test
    void shouldAlignSentenceArraysCoveringEachOnceInOrder() {
        JsonPath result = given().contentType(ContentType.JSON)
                .body(Map.of("sourceLanguage", "de", "targetLanguage", "fr",
                        "source", List.of("Der Hund schläft.", "Die Katze spielt im Garten mit einem Ball.", "Es regnet."),
                        "target", List.of("Le chien dort.", "Le chat joue dans le jardin.", "Avec une balle.", "Il pleut.")))
                .when().post("/api/align")
                .then().statusCode(200)
                .body("source", hasSize(3))
                .body("target", hasSize(4))
                .extract().jsonPath();
        assertEquals(List.of(0, 1, 2), result.getList("beads.source.flatten()", Integer.class));
        assertEquals(List.of(0, 1, 2, 3), result.getList("beads.target.flatten()", Integer.class));
    }

    @Test
    void shouldSegmentStringsFirst() {
        given().contentType(ContentType.JSON)
                .body(Map.of("sourceLanguage", "zh", "targetLanguage", "en",
                        "source", ApiFixtures.ZH, "target", ApiFixtures.EN))
                .when().post("/api/align")
                .then().statusCode(200)
                .body("source", hasSize(3))
                .body("source[1]", equalTo("第二句话在这里！"))
                .body("target", hasSize(3));
    }

    @Test
    void shouldAlignOneEmptySide() {
        JsonPath result = given().contentType(ContentType.JSON)
                .body(Map.of("sourceLanguage", "en", "targetLanguage", "fr", "source", List.of("One.", "Two."),
                        "target", List.of()))
                .when().post("/api/align")
                .then().statusCode(200).body("beads", hasSize(2)).extract().jsonPath();
        assertEquals(List.of(), result.getList("beads[0].target"));
    }

    @Test
    void shouldUseProjectLanguagesWhenGiven() {
        long project = ApiFixtures.createProject("Align with project", "zh", "en");
        given().contentType(ContentType.JSON)
                .body(Map.of("project", project, "source", "你好。再见。", "target", "Hello. Goodbye."))
                .when().post("/api/align")
                .then().statusCode(200).body("source", hasSize(2));
        given().contentType(ContentType.JSON)
                .body(Map.of("project", 99999999, "source", "你好。", "target", "Hello."))
                .when().post("/api/align")
                .then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void shouldRefuseBadAlignRequests() {
        given().contentType(ContentType.JSON)
                .body(Map.of("sourceLanguage", "qq", "targetLanguage", "en", "source", "a", "target", "b"))
                .when().post("/api/align")
                .then().statusCode(400).contentType("application/problem+json").body("field", equalTo("sourceLanguage"));
        given().contentType(ContentType.JSON)
                .body(Map.of("sourceLanguage", "de", "targetLanguage", "en", "target", "b"))
                .when().post("/api/align")
                .then().statusCode(400).body("field", equalTo("source"));
        given().contentType(ContentType.JSON)
                .body(Map.of("sourceLanguage", "de", "targetLanguage", "en", "source", List.of("a", 3), "target", "b"))
                .when().post("/api/align")
                .then().statusCode(400).body("field", equalTo("source"));
        given().contentType(ContentType.JSON)
                .body(Map.of("sourceLanguage", "de", "targetLanguage", "en", "source", 5, "target", "b"))
                .when().post("/api/align")
                .then().statusCode(400).body("field", equalTo("source"));
        given().contentType(ContentType.TEXT).body("hello")
                .when().post("/api/align")
                .then().statusCode(415).contentType("application/problem+json");
    }
}
