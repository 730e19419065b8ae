// SPDX-License-Identifier: Apache-2.0
package dev.tandem.web;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Map;
import javax.sql.DataSource;

/** Projects and documents made through the real API, for the web tests. */
final class WebFixtures {
    private WebFixtures() {
    }

    /**
     * What an answer to an operation says happened ({@code done}, {@code refused}, {@code conflict}): the outcome of
     * the {@code answered} event it raises on the page through {@code HX-Trigger-After-Settle}.
     */
    static String outcome(io.restassured.response.Response answer) {
        String trigger = answer.header("HX-Trigger-After-Settle");
        var m = java.util.regex.Pattern.compile("\\{\"answered\":\\{\"outcome\":\"(\\w+)\"}}").matcher(
                trigger == null ? "" : trigger);
        return m.matches() ? m.group(1) : null;
    }

    /**
     * The first position a structural change redrew from: the first row the answer takes off the page (out of band,
     * before its rows go in at the end), named by its position.
     */
    static int redrawnFrom(io.restassured.response.Response answer) {
        var m = java.util.regex.Pattern.compile("hx-swap-oob=\"delete:#rows :is\\(tr\\.pair\\[data-position='(\\d+)'\\]")
                .matcher(answer.asString());
        if (!m.find()) {
            throw new AssertionError("no rows taken off the page: " + answer.asString());
        }
        return Integer.parseInt(m.group(1));
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

    /**
     * Sets a pair's aligner confidence straight in the database, so that a test knows the order the risk queue
     * must give (the aligner's own numbers depend on the texts).
     */
    static void setConfidence(DataSource dataSource, long pair, double confidence) throws SQLException {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement update = connection.prepareStatement("UPDATE sentence_pair SET confidence = ? WHERE id = ?")) {
            update.setDouble(1, confidence);
            update.setLong(2, pair);
            if (update.executeUpdate() != 1) {
                throw new IllegalStateException("no pair " + pair);
            }
            // a new version, as every change of a document makes: the server keeps a document's counts per version
            try (PreparedStatement bump = connection.prepareStatement("UPDATE document SET version = version + 1"
                    + " WHERE id = (SELECT document_id FROM sentence_pair WHERE id = ?)")) {
                bump.setLong(1, pair);
                bump.executeUpdate();
            }
        }
    }
}
