// SPDX-License-Identifier: Apache-2.0
package dev.tandem.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tandem.service.ServerErrors;
import dev.tandem.testing.BrowserSession;
import dev.tandem.testing.LogCapture;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/**
 * A failure of the server's own reaches the client with an id, and the one error line logged for it carries the
 * same id. The failure is real: the table of sentences is renamed away (through JDBC, on the same in-memory H2)
 * under a read that needs it, then renamed back.
 */
@QuarkusTest
class ServerErrorTest {
    private static final Pattern ID = Pattern.compile("urn:uuid:[0-9a-f-]{36}");

    @Inject
    DataSource dataSource;

    @Test
    void shouldGiveTheClientTheIdItsErrorLineCarries() throws SQLException {
        long project = ApiFixtures.createProject("Server errors", "zh", "en");
        long document = ApiFixtures.createDocument(project, "Broken", ApiFixtures.ZH, ApiFixtures.EN);

        Broken broken = withoutSentences(() -> given().get("/api/documents/" + document + "/pairs"));

        broken.answer().then().statusCode(500).contentType("application/problem+json").body("status", equalTo(500));
        String instance = broken.answer().jsonPath().getString("instance");
        assertTrue(ID.matcher(instance).matches(), "instance is a urn:uuid: " + instance);
        assertTrue(broken.answer().jsonPath().getString("detail").contains(instance), "the detail names it too");
        assertEquals(List.of(instance), broken.loggedIds(), "one error line, with the client's id: " + broken.errors());
        assertTrue(broken.errors().get(0).contains("GET /api/documents/" + document + "/pairs"), broken.errors().get(0));
        assertEquals(List.of(instance), broken.mdc(), "the id as a field of its own, for JSON logs");
    }

    @Test
    void shouldShowAPersonTheIdOnTheErrorPage() throws SQLException {
        long project = ApiFixtures.createProject("Server error page", "zh", "en");
        long document = ApiFixtures.createDocument(project, "Broken page", ApiFixtures.ZH, ApiFixtures.EN);

        Broken broken = withoutSentences(() -> BrowserSession.given().accept("text/html").get("/documents/" + document));

        broken.answer().then().statusCode(500).contentType(containsString("text/html"));
        List<String> shown = ids(broken.answer().asString());
        assertEquals(1, shown.size(), broken.answer().asString());
        assertEquals(shown, broken.loggedIds(), broken.errors().toString());
    }

    @Test
    void shouldGiveAFailedImportJobTheIdItsErrorLineCarries() throws SQLException {
        long project = ApiFixtures.createProject("Server error job", "zh", "en");

        Broken broken = withoutSentences(() -> {
            String location = given().contentType(ContentType.JSON).header("Prefer", "respond-async")
                    .body(Map.of("title", "Unstorable", "sourceText", ApiFixtures.ZH, "targetText", ApiFixtures.EN))
                    .post("/api/projects/" + project + "/documents").then().statusCode(202).extract()
                    .header("Location");
            return untilFinished(location);
        });

        broken.answer().then().body("state", equalTo("FAILED"));
        List<String> shown = ids(broken.answer().jsonPath().getString("message"));
        assertEquals(1, shown.size(), broken.answer().asString());
        assertEquals(shown, broken.loggedIds(), broken.errors().toString());
    }

    /** What a call answered while the sentences were gone, and the error lines logged meanwhile. */
    private record Broken(Response answer, List<String> errors, List<String> mdc) {
        /** The ids the error lines name. */
        List<String> loggedIds() {
            return errors.stream().flatMap(line -> ids(line).stream()).toList();
        }
    }

    private Broken withoutSentences(Supplier<Response> call) throws SQLException {
        try (LogCapture log = LogCapture.of("")) {
            rename("sentence", "sentence_moved");
            Response answer;
            try {
                answer = call.get();
            } finally {
                rename("sentence_moved", "sentence");
            }
            return new Broken(answer, log.messages(Level.SEVERE), log.mdc(Level.SEVERE, ServerErrors.MDC_KEY));
        }
    }

    private static Response untilFinished(String job) {
        long deadline = System.currentTimeMillis() + 60_000;
        while (true) {
            Response state = given().get(job).then().statusCode(200).extract().response();
            if (List.of("DONE", "FAILED", "CANCELLED").contains(state.jsonPath().getString("state"))
                    || System.currentTimeMillis() > deadline) {
                return state;
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return state;
            }
        }
    }

    private static List<String> ids(String text) {
        Matcher matcher = ID.matcher(text);
        return matcher.results().map(m -> m.group()).distinct().toList();
    }

    private void rename(String from, String to) throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement sql = connection.createStatement()) {
            sql.execute("ALTER TABLE " + from + " RENAME TO " + to);
        }
    }
}
