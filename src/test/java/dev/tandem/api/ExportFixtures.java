// SPDX-License-Identifier: Apache-2.0
package dev.tandem.api;

import static io.restassured.RestAssured.given;

import dev.tandem.testing.SnowReport;
import dev.tandem.tmx.SentenceJoiner;
import io.restassured.http.ContentType;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A zh→en document made through the API for the export tests, with the variety an export must carry: the Snow report,
 * its first two pairs merged (a pair of several sentences a side, which the aligner did not score), its third pair
 * confirmed and its fourth pair's target edited to hold a tab and a line break inside the sentence.
 */
final class ExportFixtures {
    static final String EDITED_TARGET = "Her mother smiled\tand said:\n\"Go and  put on your coat.\"";

    private ExportFixtures() {
    }

    static long snowDocument(String projectName, String title) {
        long project = ApiFixtures.createProject(projectName, "zh", "en");
        long document = ApiFixtures.createDocument(project, title, SnowReport.ZH, SnowReport.EN);
        edit(document, Map.of("op", "merge-pairs", "pair", pairId(document, 0)));
        edit(document, Map.of("op", "confirm", "pairs", List.of(pairId(document, 2))));
        edit(document, Map.of("op", "edit-text", "side", "target", "index",
                targetIndex(document, 3), "text", EDITED_TARGET));
        return document;
    }

    static long projectOf(long document) {
        return given().get("/api/documents/" + document).then().statusCode(200).extract().jsonPath().getLong("projectId");
    }

    /** The document's pairs as the API lists them. */
    static List<Map<String, Object>> pairs(long document) {
        return given().queryParam("limit", 1000).get("/api/documents/" + document + "/pairs").then().statusCode(200)
                .extract().jsonPath().getList("items");
    }

    /** The pairs an export holds with status=all: those with both sides, in order. */
    static List<Map<String, Object>> exportable(long document) {
        return pairs(document).stream().filter(pair -> !texts(pair, "source").isEmpty()
                && !texts(pair, "target").isEmpty() && !"REJECTED".equals(pair.get("status"))).toList();
    }

    static List<String> texts(Map<String, Object> pair, String side) {
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> sentences = (List<Map<String, Object>>) pair.get(side);
        return sentences.stream().map(sentence -> (String) sentence.get("text")).toList();
    }

    /** The side's sentences joined as exports join them (nothing between Chinese sentences, a space in English). */
    static String joined(Map<String, Object> pair, String side) {
        return SentenceJoiner.join(side.equals("source") ? "zh" : "en", texts(pair, side));
    }

    static long pairId(long document, int position) {
        return ((Number) pairs(document).get(position).get("id")).longValue();
    }

    private static int targetIndex(long document, int position) {
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> target = (List<Map<String, Object>>) pairs(document).get(position).get("target");
        return ((Number) target.get(0).get("index")).intValue();
    }

    static void edit(long document, Map<String, Object> op) {
        Map<String, Object> body = new HashMap<>(op);
        body.put("baseVersion", given().get("/api/documents/" + document).then().extract().jsonPath().getLong("version"));
        given().contentType(ContentType.JSON).body(body).post("/api/documents/" + document + "/edits")
                .then().statusCode(200);
    }
}
