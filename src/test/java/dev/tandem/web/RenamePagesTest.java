// SPDX-License-Identifier: Apache-2.0
package dev.tandem.web;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

import dev.tandem.testing.BrowserSession;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Found by a team lead: a batch's documents ("ch003") could be renamed over the API only, never on a page. */
@QuarkusTest
class RenamePagesTest {

    @Test
    void shouldRenameADocumentFromItsProjectPage() {
        long project = WebFixtures.createProject("Renamed on a page", "de", "en");
        long document = WebFixtures.createDocument(project, "ch003", "Ein Satz.", "One sentence.");
        BrowserSession.given().get("/projects/" + project).then().statusCode(200)
                .body(containsString("href=\"/documents/" + document + "/rename\""));
        long version = WebFixtures.version(document);
        BrowserSession.given().get("/documents/" + document + "/rename").then().statusCode(200)
                .body(containsString("value=\"ch003\""))
                .body(containsString("name=\"baseVersion\" value=\"" + version + "\""));

        BrowserSession.given().redirects().follow(false).contentType(ContentType.URLENC)
                .formParam("title", "  ").formParam("baseVersion", version).post("/documents/" + document + "/rename")
                .then().statusCode(400).body(containsString("title is missing"));
        BrowserSession.given().redirects().follow(false).contentType(ContentType.URLENC)
                .formParam("title", "Chapter 3: The Rain").formParam("baseVersion", version)
                .post("/documents/" + document + "/rename").then().statusCode(303);
        RestAssured.given().get("/api/documents/" + document).then().body("title", equalTo("Chapter 3: The Rain"))
                .body("version", equalTo((int) version + 1));

        // a form opened before that rename is stale: the typed title stays, nothing changes
        BrowserSession.given().redirects().follow(false).contentType(ContentType.URLENC)
                .formParam("title", "Chapter Three").formParam("baseVersion", version)
                .post("/documents/" + document + "/rename").then().statusCode(400)
                .body(containsString("changed since this form was opened"))
                .body(containsString("value=\"Chapter Three\""));
        RestAssured.given().get("/api/documents/" + document).then().body("title", equalTo("Chapter 3: The Rain"));
    }

    @Test
    void shouldOfferViewersNoRenaming() {
        long project = WebFixtures.createProject("Not renamed by viewers", "de", "en");
        long document = WebFixtures.createDocument(project, "Fixed title", "Ein Satz.", "One sentence.");
        String viewer = "rename-viewer-" + System.nanoTime() % 1_000_000;
        RestAssured.given().contentType(ContentType.JSON)
                .body(Map.of("username", viewer, "password", "a-long-viewer-password", "admin", false))
                .post("/api/users").then().statusCode(201);
        RestAssured.given().contentType(ContentType.JSON).body(Map.of("role", "viewer"))
                .put("/api/projects/" + project + "/members/" + viewer).then().statusCode(201);
        BrowserSession session = BrowserSession.signIn(viewer, "a-long-viewer-password");
        session.request().get("/projects/" + project).then().statusCode(200)
                .body(not(containsString("/rename\"")));
        session.request().get("/documents/" + document + "/rename").then().statusCode(403);
    }
}
