// SPDX-License-Identifier: Apache-2.0
package dev.tandem.web;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.util.Map;

/** Projects and documents made through the real API, for the web tests. */
final class WebFixtures {
    private WebFixtures() {
    }

    static long createProject(String name, String source, String target) {
        return given().contentType(ContentType.JSON)
                .body(Map.of("name", name, "sourceLanguage", source, "targetLanguage", target))
                .when().post("/api/projects").then().statusCode(201).extract().jsonPath().getLong("id");
    }

    /** A document with one sentence per line on each side. */
    static long createDocument(long project, String title, String source, String target) {
        return given().contentType(ContentType.JSON)
                .body(Map.of("title", title, "sourceText", source, "targetText", target, "segmentation", "lines"))
                .when().post("/api/projects/" + project + "/documents")
                .then().statusCode(201).extract().jsonPath().getLong("id");
    }

    static long version(long document) {
        return given().get("/api/documents/" + document).then().statusCode(200).extract().jsonPath()
                .getLong("version");
    }

    static JsonPath pairs(long document) {
        return given().queryParam("limit", 1000).get("/api/documents/" + document + "/pairs")
                .then().statusCode(200).extract().jsonPath();
    }

    static long pairId(long document, int position) {
        return pairs(document).getLong("items[" + position + "].id");
    }
}
