// SPDX-License-Identifier: Apache-2.0
package dev.tandem.security;

import static dev.tandem.security.SecurityFixtures.anonymous;
import static dev.tandem.security.SecurityFixtures.as;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.tandem.model.SentencePair;
import dev.tandem.review.ReviewStatus;
import dev.tandem.testing.BrowserSession;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Who gets in, and what they may do there, through the real HTTP stack. */
@QuarkusTest
class AccessTest {

    @Test
    void shouldAnswerAnonymousApiCallsWith401AndSendPagesToTheSignInForm() {
        anonymous().get("/api/projects").then().statusCode(401).contentType("application/problem+json")
                .header("WWW-Authenticate", containsString("Basic")).header("WWW-Authenticate", containsString("Bearer"))
                .body("detail", containsString("Sign in"));
        anonymous().contentType(ContentType.JSON).body(Map.of("name", "x", "sourceLanguage", "de"))
                .post("/api/projects").then().statusCode(401);
        anonymous().get("/api/documents/1/export").then().statusCode(401);
        anonymous().get("/q/openapi").then().statusCode(401);
        // A browser is not offered Basic, so it never pops up its own password prompt.
        anonymous().accept("text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8").get("/api/projects").then().statusCode(401)
                .header("WWW-Authenticate", not(containsString("Basic")));
        for (String page : new String[] {"/", "/projects/1", "/documents/1", "/account", "/admin/users"}) {
            anonymous().redirects().follow(false).get(page).then().statusCode(303)
                    .header("Location", containsString("/login?next=" + java.net.URLEncoder.encode(page,
                            java.nio.charset.StandardCharsets.UTF_8)));
        }
        anonymous().get("/q/health/ready").then().statusCode(200);
        anonymous().get("/login").then().statusCode(200).body(containsString("Sign in"));
    }

    @Test
    void shouldRefuseWrongPasswordsAndUnknownTokens() {
        given().auth().preemptive().basic("admin", "not the password").get("/api/projects").then().statusCode(401)
                .contentType("application/problem+json");
        given().auth().none().header("Authorization", "Bearer tdm_nonsense").get("/api/projects").then()
                .statusCode(401).body("detail", containsString("token"));
        given().auth().none().header("Authorization", "Digest abc").get("/api/projects").then().statusCode(401);
    }

    @Test
    void shouldLetViewersReadAndExportButNotEdit() {
        long project = SecurityFixtures.project("Viewer's project");
        long document = SecurityFixtures.document(project);
        String viewer = SecurityFixtures.user("vera");
        SecurityFixtures.member(project, viewer, "viewer");
        long pair = given().get("/api/documents/" + document + "/pairs").jsonPath().getLong("items[0].id");
        long version = given().get("/api/documents/" + document).jsonPath().getLong("version");

        as(viewer).get("/api/projects").then().statusCode(200).body("id", hasItem((int) project));
        as(viewer).get("/api/documents/" + document).then().statusCode(200);
        as(viewer).get("/api/documents/" + document + "/export?format=tmx").then().statusCode(200);
        as(viewer).get("/api/projects/" + project + "/export").then().statusCode(200);

        long confirmedBefore = SentencePair.count("status", ReviewStatus.CONFIRMED);
        as(viewer).contentType(ContentType.JSON).body(Map.of("op", "confirm", "baseVersion", version, "pair", pair))
                .post("/api/documents/" + document + "/edits").then().statusCode(403)
                .contentType("application/problem+json").body("detail", containsString("viewer"));
        as(viewer).post("/api/documents/" + document + "/undo").then().statusCode(403);
        as(viewer).contentType(ContentType.JSON).body(Map.of("title", "t", "sourceText", "a", "targetText", "b"))
                .post("/api/projects/" + project + "/documents").then().statusCode(403);
        as(viewer).contentType(ContentType.JSON).body(Map.of("role", "editor"))
                .put("/api/projects/" + project + "/members/" + viewer).then().statusCode(403);
        // In the browser: the review page without its buttons, and the form post refused all the same.
        BrowserSession page = BrowserSession.signIn(viewer, SecurityFixtures.PASSWORD);
        page.request().get("/documents/" + document).then().statusCode(200).body(containsString("Read only"))
                .body(not(containsString("data-action=\"confirm\"")));
        page.request().contentType(ContentType.URLENC).formParam("op", "confirm").formParam("pair", pair)
                .formParam("baseVersion", version).post("/documents/" + document + "/edit").then().statusCode(403);
        assertEquals(confirmedBefore, SentencePair.count("status", ReviewStatus.CONFIRMED));
        given().get("/api/documents/" + document).then().body("version", equalTo((int) version));

        // Made an editor, the same call goes through.
        given().contentType(ContentType.JSON).body(Map.of("role", "editor"))
                .put("/api/projects/" + project + "/members/" + viewer).then().statusCode(200);
        as(viewer).contentType(ContentType.JSON).body(Map.of("op", "confirm", "baseVersion", version, "pair", pair))
                .post("/api/documents/" + document + "/edits").then().statusCode(200);
        given().get("/api/documents/" + document + "/edits").then().body("user", hasItem(viewer));
    }

    @Test
    void shouldKeepAnEditorInEveryProjectUnlessAnAdminSaysOtherwise() {
        String alice = SecurityFixtures.user("alice");
        String bob = SecurityFixtures.user("bob");
        long project = SecurityFixtures.as(alice).contentType(ContentType.JSON)
                .body(Map.of("name", "Alice's own", "sourceLanguage", "de", "targetLanguage", "en"))
                .post("/api/projects").then().statusCode(201).extract().jsonPath().getLong("id");
        String members = "/api/projects/" + project + "/members/";
        // the last editor can neither leave nor become a viewer: nobody but an admin could manage the project then
        SecurityFixtures.as(alice).delete(members + alice).then().statusCode(422)
                .body("detail", containsString("last editor")).body("detail", containsString("Make another member an editor first"));
        SecurityFixtures.as(alice).contentType(ContentType.JSON).body(Map.of("role", "viewer"))
                .put(members + alice).then().statusCode(422);
        SecurityFixtures.as(alice).get("/api/projects/" + project).then().statusCode(200);
        BrowserSession page = BrowserSession.signIn(alice, SecurityFixtures.PASSWORD);
        page.request().redirects().follow(false).post("/projects/" + project + "/members/" + alice + "/remove")
                .then().statusCode(422).contentType(containsString("text/html"))
                .body(containsString("last editor"));
        page.request().redirects().follow(false).contentType(ContentType.URLENC).formParam("username", alice)
                .formParam("role", "viewer").post("/projects/" + project + "/members")
                .then().statusCode(422).body(containsString("Make another member an editor first"));
        // with a second editor, either may go
        SecurityFixtures.as(alice).contentType(ContentType.JSON).body(Map.of("role", "editor"))
                .put(members + bob).then().statusCode(201);
        SecurityFixtures.as(alice).delete(members + alice).then().statusCode(204);
        SecurityFixtures.as(bob).contentType(ContentType.JSON).body(Map.of("role", "viewer"))
                .put(members + bob).then().statusCode(422);
        // an admin may leave a project to admins alone
        given().contentType(ContentType.JSON).body(Map.of("role", "viewer")).put(members + bob).then().statusCode(200);
    }

    @Test
    void shouldHideProjectsFromUsersOutsideThemWith404() {
        long project = SecurityFixtures.project("Secret project");
        long document = SecurityFixtures.document(project);
        String outsider = SecurityFixtures.user("otto");

        as(outsider).get("/api/projects").then().statusCode(200).body("id", not(hasItem((int) project)));
        for (String path : new String[] {"/api/projects/" + project, "/api/projects/" + project + "/documents",
                "/api/projects/" + project + "/export", "/api/projects/" + project + "/members",
                "/api/projects/" + project + "/dictionaries", "/api/documents/" + document,
                "/api/documents/" + document + "/pairs", "/api/documents/" + document + "/export",
                "/api/documents/" + document + "/edits"}) {
            as(outsider).get(path).then().statusCode(404).contentType("application/problem+json")
                    .body("detail", not(containsString("Secret")));
        }
        as(outsider).post("/api/documents/" + document + "/undo").then().statusCode(404);
        as(outsider).contentType(ContentType.JSON).body(Map.of("sourceLanguage", "de", "targetLanguage", "en",
                "source", "Ein Satz.", "target", "A sentence.", "project", project))
                .post("/api/align").then().statusCode(404);
        // The same answer as for a project that does not exist at all: nothing tells them apart.
        as(outsider).get("/api/projects/99999999").then().statusCode(404);
        // The pages too.
        BrowserSession browser = BrowserSession.signIn(outsider, SecurityFixtures.PASSWORD);
        browser.request().get("/projects/" + project).then().statusCode(404);
        browser.request().get("/documents/" + document).then().statusCode(404);
        browser.request().get("/").then().statusCode(200).body(not(containsString("Secret project")));
    }

    @Test
    void shouldCreateUseAndRevokeTokens() {
        String owner = SecurityFixtures.user("tina");
        var created = as(owner).contentType(ContentType.JSON).body(Map.of("name", "nightly export"))
                .post("/api/tokens").then().statusCode(201).body("token", startsWith("tdm_"))
                .extract().jsonPath();
        String token = created.getString("token");
        long id = created.getLong("id");

        given().auth().none().header("Authorization", "Bearer " + token).get("/api/account").then().statusCode(200)
                .body("username", equalTo(owner));
        as(owner).get("/api/tokens").then().statusCode(200).body("[0].name", equalTo("nightly export"))
                .body("[0].token", equalTo(null)).body("[0].lastUsedAt", not(equalTo(null)));
        // Nobody else sees or revokes it, not even with its id.
        String other = SecurityFixtures.user("olga");
        as(other).get("/api/tokens").then().statusCode(200).body("size()", equalTo(0));
        as(other).delete("/api/tokens/" + id).then().statusCode(404);
        // Only the hash is stored.
        assertEquals(0, dev.tandem.model.ApiToken.count("tokenHash", token));

        as(owner).delete("/api/tokens/" + id).then().statusCode(204);
        given().auth().none().header("Authorization", "Bearer " + token).get("/api/account").then().statusCode(401);
        as(owner).contentType(ContentType.JSON).body(Map.of("name", " ")).post("/api/tokens").then().statusCode(400)
                .body("field", equalTo("name"));
    }

    @Test
    void shouldLetOnlyAdminsManageUsersAndReadTheAuditLog() {
        String user = SecurityFixtures.user("uma");
        as(user).contentType(ContentType.JSON).body(Map.of("username", "mallory", "password", "long enough pw"))
                .post("/api/users").then().statusCode(403).contentType("application/problem+json");
        as(user).get("/api/users").then().statusCode(403);
        as(user).get("/api/audit").then().statusCode(403);

        given().contentType(ContentType.JSON).body(Map.of("username", user, "password", "long enough pw"))
                .post("/api/users").then().statusCode(400).body("field", equalTo("username"));
        given().contentType(ContentType.JSON).body(Map.of("username", "shorty", "password", "short"))
                .post("/api/users").then().statusCode(400).body("field", equalTo("password"));
        // found by use: guessable passwords of ten characters were taken
        for (String guessable : List.of("frank12345", "FRANK-frank", "aaaaaaaaaa", "1212121212", "1234567890",
                "jihgfedcba")) {
            given().contentType(ContentType.JSON).body(Map.of("username", "frank", "password", guessable))
                    .post("/api/users").then().statusCode(400).body("field", equalTo("password"))
                    .body("detail", containsString("choose another"));
        }
        given().contentType(ContentType.JSON).body(Map.of("username", "frank", "password", "frank's long passphrase"))
                .post("/api/users").then().statusCode(201);
        given().contentType(ContentType.JSON).body(Map.of("username", "../etc", "password", "long enough pw"))
                .post("/api/users").then().statusCode(400).body("field", equalTo("username"));

        given().get("/api/audit?action=user-create&limit=1000").then().statusCode(200)
                .body("items.target", hasItem("account " + user));
        given().get("/api/audit?limit=0").then().statusCode(400).body("field", equalTo("limit"));

        given().delete("/api/users/" + user).then().statusCode(204);
        as(user).get("/api/projects").then().statusCode(401);
        given().delete("/api/users/admin").then().statusCode(400);
    }

    @Test
    void shouldLetAdminsGrantAndRevokeTheAdminRoleButKeepTheLastAdmin() {
        String user = SecurityFixtures.user("greta");
        as(user).contentType(ContentType.JSON).body(Map.of("admin", true)).put("/api/users/" + user + "/admin")
                .then().statusCode(403).contentType("application/problem+json");
        as(user).get("/api/users").then().statusCode(403);

        given().contentType(ContentType.JSON).body(Map.of("admin", true)).put("/api/users/" + user + "/admin")
                .then().statusCode(200).body("admin", equalTo(true));
        as(user).get("/api/users").then().statusCode(200); // the new role holds at once, Basic cache or not
        given().contentType(ContentType.JSON).body(Map.of()).put("/api/users/" + user + "/admin")
                .then().statusCode(400).body("field", equalTo("admin"));
        given().contentType(ContentType.JSON).body(Map.of("admin", true)).put("/api/users/nobody-here/admin")
                .then().statusCode(404).body("detail", equalTo("There is no account named \"nobody-here\"."));

        given().contentType(ContentType.JSON).body(Map.of("admin", false)).put("/api/users/" + user + "/admin")
                .then().statusCode(200).body("admin", equalTo(false));
        as(user).get("/api/users").then().statusCode(403);
        given().get("/api/audit?action=admin-grant&limit=1000").then().body("items.target", hasItem("account " + user));
        given().get("/api/audit?action=admin-revoke&limit=1000").then().body("items.target", hasItem("account " + user));

        // the last admin cannot step down: nobody could manage accounts any more
        long admins = io.quarkus.narayana.jta.QuarkusTransaction.requiringNew()
                .call(() -> dev.tandem.model.Account.count("admin", true));
        assertEquals(1, admins, "no other test leaves an admin behind");
        given().contentType(ContentType.JSON).body(Map.of("admin", false)).put("/api/users/admin/admin")
                .then().statusCode(400).body("field", equalTo("admin"))
                .body("detail", org.hamcrest.Matchers.containsString("only admin"));
        given().get("/api/users").then().statusCode(200);
    }

    @Test
    void shouldChangeOwnPasswordOnlyWithTheCurrentOne() {
        String user = SecurityFixtures.user("paul");
        as(user).contentType(ContentType.JSON).body(Map.of("currentPassword", "wrong", "newPassword", "a new long one"))
                .put("/api/account/password").then().statusCode(400).body("field", equalTo("currentPassword"));
        as(user).contentType(ContentType.JSON)
                .body(Map.of("currentPassword", SecurityFixtures.PASSWORD, "newPassword", "a new long one"))
                .put("/api/account/password").then().statusCode(204);
        as(user).get("/api/account").then().statusCode(401);
        given().auth().preemptive().basic(user, "a new long one").get("/api/account").then().statusCode(200);
    }
}
