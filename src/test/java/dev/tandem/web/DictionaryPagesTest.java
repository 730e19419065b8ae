// SPDX-License-Identifier: Apache-2.0
package dev.tandem.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import dev.tandem.testing.BrowserSession;
import io.restassured.http.ContentType;
import io.quarkus.test.junit.QuarkusTest;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The dictionaries on the project page as a viewer sees them: listed, with no form and no Remove link; an editor's
 * Remove asks first, naming the dictionary and its entry count, without JavaScript.
 */
@QuarkusTest
class DictionaryPagesTest {
    private static final String PASSWORD = "viewer of glossaries";

    @Test
    void shouldShowViewersTheDictionariesWithoutFormOrRemoveButton() {
        long project = WebFixtures.createProject("Viewed glossary", "zh", "en");
        long id = given().multiPart("file", "animals.tsv", "猫\tcat\n".getBytes(StandardCharsets.UTF_8), "text/plain")
                .post("/api/projects/" + project + "/dictionaries").then().statusCode(201).extract().jsonPath()
                .getLong("id");
        String viewer = "glossary-viewer-" + System.nanoTime() % 1_000_000;
        given().contentType(ContentType.JSON).body(Map.of("username", viewer, "password", PASSWORD, "admin", false))
                .post("/api/users").then().statusCode(201);
        given().contentType(ContentType.JSON).body(Map.of("role", "viewer"))
                .put("/api/projects/" + project + "/members/" + viewer).then().statusCode(201);
        BrowserSession session = BrowserSession.signIn(viewer, PASSWORD);
        session.request().get("/projects/" + project).then().statusCode(200)
                .body(containsString("<tr data-dictionary=\"" + id + "\">"))
                .body(containsString("animals.tsv"))
                .body(not(containsString("form method=\"post\" action=\"/projects/" + project + "/dictionaries")))
                .body(not(containsString("/dictionaries/" + id + "/remove")));
        session.request().redirects().follow(false).post("/projects/" + project + "/dictionaries/" + id + "/remove")
                .then().statusCode(403);
        session.request().get("/projects/" + project + "/dictionaries/" + id + "/remove").then().statusCode(403);
        given().get("/api/projects/" + project + "/dictionaries").then().body("id", hasItem((int) id));
    }

    @Test
    void shouldAskBeforeRemovingADictionaryNamingItAndItsEntries() {
        long project = WebFixtures.createProject("Removed glossary", "zh", "en");
        long id = given().multiPart("file", "animals.tsv", "猫\tcat\n狗\tdog\n".getBytes(StandardCharsets.UTF_8),
                        "text/plain")
                .post("/api/projects/" + project + "/dictionaries").then().statusCode(201).extract().jsonPath()
                .getLong("id");
        BrowserSession.given().get("/projects/" + project).then().statusCode(200)
                .body(containsString("<a class=\"delete\" href=\"/projects/" + project + "/dictionaries/" + id
                        + "/remove\">Remove…</a>"));
        BrowserSession.given().get("/projects/" + project + "/dictionaries/" + id + "/remove").then().statusCode(200)
                .body(containsString("Remove the dictionary “animals.tsv”?"))
                .body(containsString("with its <strong>2\n  entries</strong>"))
                .body(containsString("This cannot be undone</strong>, except by uploading the file again."))
                .body(containsString("<form method=\"post\" action=\"/projects/" + project + "/dictionaries/" + id
                        + "/remove\""))
                .body(containsString("<a href=\"/projects/" + project + "#dictionaries\">Keep it</a>"));
        // asking removed nothing
        given().get("/api/projects/" + project + "/dictionaries").then().body("id", hasItem((int) id));

        BrowserSession.given().redirects().follow(false).post("/projects/" + project + "/dictionaries/" + id + "/remove")
                .then().statusCode(303).header("Location", containsString("/projects/" + project
                        + "?deleted=dictionary#dictionaries"));
        BrowserSession.given().get("/projects/" + project + "?deleted=dictionary").then().statusCode(200)
                .body(containsString("The dictionary was removed."))
                .body(containsString("No dictionaries yet."));
        BrowserSession.given().get("/projects/" + project + "/dictionaries/" + id + "/remove").then().statusCode(404);
    }
}
