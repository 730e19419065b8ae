// SPDX-License-Identifier: Apache-2.0
package dev.tandem.api;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import java.util.Map;

/** Creating projects and documents through the real API, for tests. */
final class ApiFixtures {
    static final String ZH = "第一段的第一句。第二句话在这里！\n\n第二段只有一句。";
    static final String EN = "This is the first sentence of the first paragraph. The second sentence is here!\n\n"
            + "The second paragraph has only one sentence.";

    private ApiFixtures() {
    }

    static long createProject(String name, String source, String target) {
        return given().contentType(ContentType.JSON)
                .body(Map.of("name", name, "sourceLanguage", source, "targetLanguage", target))
                .when().post("/api/projects")
                .then().statusCode(201)
                .extract().jsonPath().getLong("id");
    }

    static long createDocument(long projectId, String title, String sourceText, String targetText) {
        return given().contentType(ContentType.JSON)
                .body(Map.of("title", title, "sourceText", sourceText, "targetText", targetText))
                .when().post("/api/projects/" + projectId + "/documents")
                .then().statusCode(201)
                .extract().jsonPath().getLong("id");
    }
}
