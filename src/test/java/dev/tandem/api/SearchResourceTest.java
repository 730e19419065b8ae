// SPDX-License-Identifier: Apache-2.0
package dev.tandem.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/**
 * GET /api/search: CJK phrases inside sentences, English phrases across line breaks, filters, paging, access, the
 * index following edits (through the API, and behind its back as another instance would make them) and bad input.
 */
@QuarkusTest
class SearchResourceTest {
    private static final String ZH = "引言在此。\n\n我们讨论人工智能的未来。敏捷的棕色狐狸跳过了懒狗。";
    private static final String EN = "The introduction is here.\n\nWe discuss the future of artificial intelligence. "
            + "We saw the quick\nbrown fox jump over the lazy dog.";

    @Inject
    DataSource dataSource;

    @Test
    void shouldFindAChinesePhraseInsideASentenceWithItsRange() {
        long project = ApiFixtures.createProject("Search zh", "zh", "en");
        long document = ApiFixtures.createDocument(project, "AI essay", ZH, EN);
        JsonPath found = search(Map.of("q", "人工智能", "project", project));
        assertEquals(1, found.getInt("total"));
        String source = found.getString("items[0].source");
        assertTrue(source.contains("我们讨论人工智能的未来。"), source);
        assertEquals("人工智能", range(source, found, "items[0].highlights.source[0]"));
        assertEquals(document, found.getLong("items[0].documentId"));
        assertEquals(project, found.getLong("items[0].projectId"));
        assertEquals("AI essay", found.getString("items[0].documentTitle"));
        assertEquals(pairs(document).getLong("items.find { it.source[0].text.contains('人工') }.id"),
                found.getLong("items[0].pairId"));
        assertEquals("AUTO", found.getString("items[0].status"));
        assertEquals(0, found.getList("items[0].highlights.target").size());
    }

    @Test
    void shouldFindAnEnglishPhraseAcrossALineBreak() {
        long project = ApiFixtures.createProject("Search en", "zh", "en");
        ApiFixtures.createDocument(project, "Fox", ZH, EN);
        JsonPath found = search(Map.of("q", "\"the QUICK brown\"", "project", project));
        assertEquals(1, found.getInt("total"));
        String target = found.getString("items[0].target");
        assertEquals("the quick\nbrown", range(target, found, "items[0].highlights.target[0]"));
        assertEquals(0, search(Map.of("q", "\"brown quick\"", "project", project)).getInt("total"));
        // words without quotes: each anywhere, on either side
        assertEquals(1, search(Map.of("q", "lazy 狐狸", "project", project)).getInt("total"));
    }

    @Test
    void shouldFindAWordWhetherItsAccentIsPrecomposedOrCombiningInTextAndQuery() {
        long project = ApiFixtures.createProject("Search accents", "fr", "en");
        ApiFixtures.createDocument(project, "Precomposed", "Un caf\u00e9 cr\u00e8me, s'il vous pla\u00eet.",
                "A white coffee, please.");
        ApiFixtures.createDocument(project, "Decomposed", "Un cafe\u0301 noir, s'il vous plai\u0302t.",
                "A black coffee, please.");
        for (String query : List.of("caf\u00e9", "cafe\u0301", "\"CAFE\u0301 NOIR\"")) {
            JsonPath found = search(Map.of("q", query, "project", project, "side", "source"));
            assertEquals(query.startsWith("\"") ? 1 : 2, found.getInt("total"), query);
            for (int i = 0; i < found.getInt("total"); i++) {
                String source = found.getString("items[" + i + "].source");
                String match = range(source, found, "items[" + i + "].highlights.source[0]");
                assertTrue(match.equals("caf\u00e9") || match.startsWith("cafe\u0301"), query + ": " + match);
            }
        }
        JsonPath decomposed = search(Map.of("q", "\"cafe\u0301 noir\"", "project", project));
        assertEquals("cafe\u0301 noir", range(decomposed.getString("items[0].source"), decomposed,
                "items[0].highlights.source[0]"));
    }

    @Test
    void shouldFilterBySideStatusDocumentProjectAndLanguage() {
        long project = ApiFixtures.createProject("Search filters", "zh", "en");
        long first = ApiFixtures.createDocument(project, "One", ZH, EN);
        long second = ApiFixtures.createDocument(project, "Two", ZH, EN);
        long other = ApiFixtures.createProject("Search filters, other", "zh", "en");
        ApiFixtures.createDocument(other, "Three", ZH, EN);

        assertEquals(2, search(Map.of("q", "future", "project", project)).getInt("total"));
        assertEquals(1, search(Map.of("q", "future", "project", other)).getInt("total"));
        assertTrue(search(Map.of("q", "future", "limit", 100)).getList("items.projectId", Long.class)
                .containsAll(List.of(project, other)), "an admin searches every project");
        assertEquals(2, search(Map.of("q", "future", "project", project, "side", "target")).getInt("total"));
        assertEquals(0, search(Map.of("q", "future", "project", project, "side", "source")).getInt("total"));
        assertEquals(2, search(Map.of("q", "人工智能", "project", project, "side", "SOURCE")).getInt("total"));
        JsonPath one = search(Map.of("q", "future", "document", second));
        assertEquals(1, one.getInt("total"));
        assertEquals(second, one.getLong("items[0].documentId"));
        assertEquals(0, search(Map.of("q", "future", "document", second, "project", other)).getInt("total"));
        assertEquals(2, search(Map.of("q", "人工智能", "project", project, "language", "zh")).getInt("total"));
        assertEquals(0, search(Map.of("q", "人工智能", "project", project, "language", "en")).getInt("total"));
        assertEquals(2, search(Map.of("q", "future", "project", project, "language", "en")).getInt("total"));

        // confirming a pair through the API: the next search sees its new status
        assertEquals(0, search(Map.of("q", "future", "project", project, "status", "confirmed")).getInt("total"));
        long pair = pairs(first).getLong("items.find { it.target[0].text.contains('future') }.id");
        given().contentType(ContentType.JSON).body(Map.of("op", "confirm", "pair", pair, "baseVersion", version(first)))
                .post("/api/documents/" + first + "/edits").then().statusCode(200);
        JsonPath confirmed = search(Map.of("q", "future", "project", project, "status", "confirmed"));
        assertEquals(1, confirmed.getInt("total"));
        assertEquals(pair, confirmed.getLong("items[0].pairId"));
        assertEquals(2, search(Map.of("q", "future", "project", project, "status", "confirmed,AUTO")).getInt("total"));
    }

    @Test
    void shouldPageWithTotalOffsetAndLimit() {
        long project = ApiFixtures.createProject("Search paging", "en", "de");
        String source = IntStream.range(0, 25).mapToObj(i -> "Line " + i + " mentions the lighthouse.")
                .collect(Collectors.joining("\n"));
        String target = IntStream.range(0, 25).mapToObj(i -> "Zeile " + i + " nennt den Leuchtturm.")
                .collect(Collectors.joining("\n"));
        given().contentType(ContentType.JSON).body(Map.of("title", "Lines", "sourceText", source, "targetText", target,
                "segmentation", "lines")).post("/api/projects/" + project + "/documents").then().statusCode(201);
        var seen = new HashSet<Long>();
        for (int offset = 0; offset < 25; offset += 10) {
            JsonPath page = search(Map.of("q", "lighthouse", "project", project, "offset", offset, "limit", 10));
            assertEquals(25, page.getInt("total"));
            assertEquals(offset, page.getInt("offset"));
            List<Long> ids = page.getList("items.pairId", Long.class);
            assertEquals(Math.min(10, 25 - offset), ids.size());
            seen.addAll(ids);
        }
        assertEquals(25, seen.size(), "every pair once over the pages");
        assertEquals(20, search(Map.of("q", "lighthouse", "project", project)).getList("items").size(),
                "default limit");
        assertEquals(0, search(Map.of("q", "lighthouse", "project", project, "offset", 30)).getList("items").size());
    }

    @Test
    void shouldShowOnlyProjectsTheUserIsAMemberOf() {
        long project = ApiFixtures.createProject("Search private", "zh", "en");
        ApiFixtures.createDocument(project, "Secret", ZH, "We discuss the zeppelin of artificial intelligence. x");
        String username = "searcher-" + System.nanoTime() % 1_000_000;
        given().contentType(ContentType.JSON).body(Map.of("username", username, "password", "correct horse battery",
                "admin", false)).post("/api/users").then().statusCode(201);
        RequestSpecification user = given().auth().preemptive().basic(username, "correct horse battery");
        user.queryParam("q", "zeppelin").get("/api/search").then().statusCode(200).body("total", equalTo(0));
        given().auth().preemptive().basic(username, "correct horse battery").queryParam("q", "zeppelin")
                .queryParam("project", project).get("/api/search").then().statusCode(404)
                .contentType("application/problem+json");

        given().contentType(ContentType.JSON).body(Map.of("role", "viewer"))
                .put("/api/projects/" + project + "/members/" + username).then().statusCode(201);
        given().auth().preemptive().basic(username, "correct horse battery").queryParam("q", "zeppelin")
                .get("/api/search").then().statusCode(200).body("total", equalTo(1));
        given().auth().none().queryParam("q", "zeppelin").get("/api/search").then().statusCode(401);
    }

    @Test
    void shouldFollowEditsThroughTheApi() {
        long project = ApiFixtures.createProject("Search edits", "zh", "en");
        long document = ApiFixtures.createDocument(project, "Edited", ZH, EN);
        assertEquals(0, search(Map.of("q", "\"general intelligence\"", "project", project)).getInt("total"));
        int index = pairs(document).getInt("items.find { it.target[0].text.contains('future') }.target[0].index");
        given().contentType(ContentType.JSON).body(Map.of("op", "edit-text", "side", "target", "index", index,
                "text", "We discuss the future of artificial general intelligence.", "baseVersion", version(document)))
                .post("/api/documents/" + document + "/edits").then().statusCode(200);
        JsonPath found = search(Map.of("q", "\"general intelligence\"", "project", project));
        assertEquals(1, found.getInt("total"));
        assertEquals("general intelligence",
                range(found.getString("items[0].target"), found, "items[0].highlights.target[0]"));

        given().queryParam("baseVersion", version(document)).delete("/api/documents/" + document).then()
                .statusCode(204);
        assertEquals(0, search(Map.of("q", "intelligence", "project", project)).getInt("total"));
    }

    /**
     * Another instance edits the document: its rows and version change in the database, this instance's index is
     * never told. The next search here still sees the change.
     */
    @Test
    void shouldFollowChangesMadeBehindTheIndexsBack() throws SQLException {
        long project = ApiFixtures.createProject("Search freshness", "zh", "en");
        long document = ApiFixtures.createDocument(project, "Shared", ZH, EN);
        assertEquals(1, search(Map.of("q", "lazy", "project", project)).getInt("total"));
        long pair = pairs(document).getLong("items.find { it.target[0].text.contains('lazy') }.id");
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            update(connection, "update sentence set text = replace(text, 'lazy', 'sleepy') where document_id = ?",
                    document);
            update(connection, "update sentence_pair set status = 'REJECTED' where id = ?", pair);
            update(connection, "update document set version = version + 1 where id = ?", document);
            connection.commit();
        }
        assertEquals(0, search(Map.of("q", "lazy", "project", project)).getInt("total"));
        JsonPath found = search(Map.of("q", "sleepy", "project", project, "status", "rejected"));
        assertEquals(1, found.getInt("total"));
        assertEquals(pair, found.getLong("items[0].pairId"));

        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            update(connection, "delete from edit where document_id = ?", document);
            update(connection, "delete from sentence_pair where document_id = ?", document);
            update(connection, "delete from sentence where document_id = ?", document);
            update(connection, "delete from document_text where document_id = ?", document);
            update(connection, "delete from document where id = ?", document);
            connection.commit();
        }
        // within the project: other tests' documents (real novels among them) may say "sleepy" too
        assertEquals(0, search(Map.of("q", "sleepy", "project", project)).getInt("total"),
                "a deleted document leaves the index");
    }

    @Test
    void shouldAnswerBadParametersWithProblems() {
        problem(Map.of(), "q");
        problem(Map.of("q", "  "), "q");
        problem(Map.of("q", "!!! ..."), "q");
        problem(Map.of("q", "x".repeat(501)), "q");
        problem(Map.of("q", "fox", "limit", 0), "limit");
        problem(Map.of("q", "fox", "limit", 101), "limit");
        problem(Map.of("q", "fox", "limit", "ten"), "limit");
        problem(Map.of("q", "fox", "offset", -1), "offset");
        problem(Map.of("q", "fox", "offset", 9995, "limit", 10), "offset");
        problem(Map.of("q", "fox", "side", "left"), "side");
        problem(Map.of("q", "fox", "status", "done"), "status");
        problem(Map.of("q", "fox", "language", "1; drop"), "language");
        problem(Map.of("q", "fox", "project", "abc"), "project");
        problem(Map.of("q", "fox", "document", 0), "document");
        given().queryParam("q", "fox").queryParam("project", 987654321).get("/api/search").then().statusCode(404)
                .contentType("application/problem+json");
        // Lucene's own query syntax means nothing here: no 500, no refusal
        given().queryParam("q", "fox AND (title:[a TO z] OR \"x~2").get("/api/search").then().statusCode(200);
    }

    private static void problem(Map<String, ?> params, String field) {
        given().queryParams(params).get("/api/search").then().statusCode(400)
                .contentType("application/problem+json").body("field", equalTo(field))
                .body("detail", containsString(field));
    }

    private static JsonPath search(Map<String, ?> params) {
        return given().queryParams(params).get("/api/search").then().statusCode(200).extract().jsonPath();
    }

    private static String range(String text, JsonPath found, String path) {
        return text.substring(found.getInt(path + ".start"), found.getInt(path + ".end"));
    }

    private static JsonPath pairs(long document) {
        return given().queryParam("limit", 1000).get("/api/documents/" + document + "/pairs").then().statusCode(200)
                .extract().jsonPath();
    }

    private static long version(long document) {
        return given().get("/api/documents/" + document).then().statusCode(200).extract().jsonPath()
                .getLong("version");
    }

    private static void update(Connection connection, String sql, long id) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setLong(1, id);
            statement.executeUpdate();
        }
    }
}
