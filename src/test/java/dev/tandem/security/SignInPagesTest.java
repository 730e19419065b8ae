// SPDX-License-Identifier: Apache-2.0
package dev.tandem.security;

import static dev.tandem.security.SecurityFixtures.anonymous;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.tandem.model.Project;
import dev.tandem.testing.BrowserSession;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Signing in and out of the pages, CSRF, throttling and the security headers. */
@QuarkusTest
class SignInPagesTest {

    @Test
    void shouldSignInWithASecureCookieAndGoBackWhereTheUserWas() {
        String user = SecurityFixtures.user("sara");
        Response response = BrowserSession.signInForm()
                .formParam("username", user).formParam("password", SecurityFixtures.PASSWORD)
                .formParam("next", "/account").post("/login");
        assertEquals(303, response.statusCode());
        assertEquals("/account", java.net.URI.create(response.header("Location")).getPath());
        String setCookie = response.headers().getValues("Set-Cookie").stream()
                .filter(c -> c.startsWith(BrowserSession.COOKIE + "=")).findFirst().orElseThrow();
        // the form's token cookie is spent
        org.hamcrest.MatcherAssert.assertThat(response.headers().getValues("Set-Cookie"),
                hasItem(containsString(BrowserSession.FORM_COOKIE + "=;")));
        org.hamcrest.MatcherAssert.assertThat(setCookie, containsString("HttpOnly"));
        org.hamcrest.MatcherAssert.assertThat(setCookie, containsString("SameSite=Lax"));
        // Never an open redirect to another site.
        for (String next : new String[] {"//evil.example/", "https://evil.example/", "/\\evil.example"}) {
            String location = BrowserSession.signInForm()
                    .formParam("username", user).formParam("password", SecurityFixtures.PASSWORD)
                    .formParam("next", next).post("/login").header("Location");
            assertEquals("/", java.net.URI.create(location).getPath(), next);
        }
        given().get("/api/audit?action=sign-in&username=" + user).then().body("total", equalTo(4));
    }

    @Test
    void shouldRefuseFormsWithoutTheCsrfToken() {
        BrowserSession browser = BrowserSession.admin();
        long projects = Project.count();
        browser.withoutCsrf().redirects().follow(false).contentType(ContentType.URLENC)
                .formParam("name", "Forged").formParam("sourceLanguage", "de").post("/projects")
                .then().statusCode(403).body(containsString("CSRF"));
        browser.withoutCsrf().redirects().follow(false).contentType(ContentType.URLENC)
                .formParam("name", "Forged").formParam("sourceLanguage", "de").formParam("csrf-token", "guess")
                .post("/projects").then().statusCode(403);
        // A cookie-authenticated API call is held to the same rule.
        browser.withoutCsrf().contentType(ContentType.JSON).body(Map.of("name", "Forged", "sourceLanguage", "de"))
                .post("/api/projects").then().statusCode(403).contentType("application/problem+json");
        browser.withoutCsrf().redirects().follow(false).post("/logout").then().statusCode(403);
        assertEquals(projects, Project.count());

        // The token as a form field (plain forms) or as a header (htmx) lets the same request through.
        browser.withoutCsrf().redirects().follow(false).contentType(ContentType.URLENC)
                .formParam("name", "Real").formParam("sourceLanguage", "de")
                .formParam("csrf-token", browser.csrfToken()).post("/projects").then().statusCode(303);
        browser.request().redirects().follow(false).contentType(ContentType.URLENC)
                .formParam("name", "Real too").formParam("sourceLanguage", "de").post("/projects")
                .then().statusCode(303);
        assertEquals(projects + 2, Project.count());
        // Pages carry the token for both.
        browser.request().get("/").then().body(containsString("name=\"csrf-token\" value=\"" + browser.csrfToken()))
                .body(containsString("\"X-CSRF-Token\":\"" + browser.csrfToken() + "\""));
    }

    @Test
    void shouldRefuseASignInFormPostedFromAnotherSite() {
        // Login CSRF: another site posts the form with its own account's password to sign the victim in as that
        // account. It cannot send the form's token cookie, nor read it, so the post is refused and nothing counts.
        String user = SecurityFixtures.user("lola");
        Response forged = anonymous().redirects().follow(false).contentType(ContentType.URLENC)
                .formParam("username", user).formParam("password", SecurityFixtures.PASSWORD).post("/login");
        assertEquals(403, forged.statusCode());
        assertEquals(null, forged.cookie(BrowserSession.COOKIE));
        org.hamcrest.MatcherAssert.assertThat(forged.asString(), containsString("sent from another site"));
        Response guessed = anonymous().redirects().follow(false).contentType(ContentType.URLENC)
                .cookie(BrowserSession.FORM_COOKIE, "attacker-chosen").formParam("csrf-token", "something-else")
                .formParam("username", user).formParam("password", SecurityFixtures.PASSWORD).post("/login");
        assertEquals(403, guessed.statusCode());
        given().get("/api/audit?action=sign-in&username=" + user).then().body("total", equalTo(0));
        given().get("/api/audit?action=sign-in-failed&username=" + user).then().body("total", equalTo(0));

        // The form as loaded from this site carries its token, in a cookie kept to /login only.
        Response form = anonymous().get("/login");
        org.hamcrest.MatcherAssert.assertThat(form.header("Set-Cookie"), containsString("Path=/login"));
        org.hamcrest.MatcherAssert.assertThat(form.header("Set-Cookie"), containsString("SameSite=Strict"));
        assertEquals(303, BrowserSession.signInForm().formParam("username", user)
                .formParam("password", SecurityFixtures.PASSWORD).post("/login").statusCode());
    }

    @Test
    void shouldSweepExpiredSessionsWhenSomeoneSignsIn() {
        String user = SecurityFixtures.user("otto");
        java.time.OffsetDateTime longAgo = java.time.OffsetDateTime.now(java.time.ZoneOffset.UTC).minusDays(60);
        io.quarkus.narayana.jta.QuarkusTransaction.requiringNew().run(() -> {
            var stale = new dev.tandem.model.WebSession();
            stale.id = "stale-session-of-" + user;
            stale.account = dev.tandem.model.Account.findByUsername(user).orElseThrow();
            stale.createdAt = longAgo;
            stale.lastSeenAt = longAgo;
            stale.persist();
        });
        BrowserSession.signIn(user, SecurityFixtures.PASSWORD);
        assertEquals(null, io.quarkus.narayana.jta.QuarkusTransaction.requiringNew()
                .call(() -> dev.tandem.model.WebSession.findById("stale-session-of-" + user)));
    }

    @Test
    void shouldThrottleWrongPasswords() {
        String user = SecurityFixtures.user("rita");
        for (int attempt = 1; attempt <= 5; attempt++) {
            signIn(user, "wrong password " + attempt).then().statusCode(401)
                    .body(containsString("Wrong username or password"));
        }
        // Locked now: even the right password is refused, on the form and over Basic.
        signIn(user, SecurityFixtures.PASSWORD).then().statusCode(429).header("Retry-After", not(equalTo(null)))
                .body(containsString("Too many failed sign-ins"));
        SecurityFixtures.as(user).get("/api/account").then().statusCode(401);
        given().get("/api/audit?username=" + user + "&limit=100").then()
                .body("items.action", hasItem("sign-in-failed")).body("items.action", hasItem("sign-in-throttled"));
        // Another account is not locked by these failures.
        String other = SecurityFixtures.user("rolf");
        signIn(other, SecurityFixtures.PASSWORD).then().statusCode(303);
    }

    @Test
    void shouldSignOutForGood() {
        String user = SecurityFixtures.user("sven");
        BrowserSession browser = BrowserSession.signIn(user, SecurityFixtures.PASSWORD);
        browser.request().get("/account").then().statusCode(200).body(containsString(user));
        browser.request().redirects().follow(false).post("/logout").then().statusCode(303)
                .header("Location", containsString("/login"));
        // The old cookie no longer opens anything, even if a copy was kept; htmx is told to load the sign-in page.
        browser.request().redirects().follow(false).get("/account").then().statusCode(303);
        browser.request().header("HX-Request", "true").post("/documents/1/edit").then().statusCode(401)
                .header("HX-Redirect", equalTo("/login"));
        // from a page htmx names, the sign-in form leads back to it (the reviewer's pair), not to the fragment
        browser.request().header("HX-Request", "true").header("HX-Current-URL", "http://localhost:8081/documents/1?focus=42")
                .post("/documents/1/edit").then().statusCode(401)
                .header("HX-Redirect", equalTo("/login?next=%2Fdocuments%2F1%3Ffocus%3D42"));
    }

    @Test
    void shouldOfferTheSignInFormToABrowserWhoseSessionEnded() {
        String user = SecurityFixtures.user("selma");
        BrowserSession browser = BrowserSession.signIn(user, SecurityFixtures.PASSWORD);
        browser.request().get("/account").then().statusCode(200);
        // an admin resets the password: the session ends, and the browser still sends its cookie
        given().contentType(ContentType.JSON).body(Map.of("password", "a-new-password-for-selma"))
                .put("/api/users/" + user + "/password").then().statusCode(204);
        browser.request().redirects().follow(false).get("/account").then().statusCode(303)
                .header("Location", containsString("/login"));
        Response form = browser.request().get("/login?next=%2Faccount");
        assertEquals(200, form.statusCode(), form.asString());
        org.hamcrest.MatcherAssert.assertThat(form.asString(), containsString("name=\"password\""));
        String token = form.htmlPath().getString("**.find { it.@name == 'csrf-token' }.@value");
        browser.request().redirects().follow(false).contentType(ContentType.URLENC)
                .cookie(BrowserSession.FORM_COOKIE, form.cookie(BrowserSession.FORM_COOKIE))
                .formParam("csrf-token", token).formParam("username", user)
                .formParam("password", "a-new-password-for-selma").formParam("next", "/account")
                .post("/login").then().statusCode(303).header("Location", containsString("/account"));
        browser.request().get("/").then().statusCode(200);
    }

    @Test
    void shouldSendSecurityHeaders() {
        BrowserSession.admin().request().get("/").then().statusCode(200)
                .header("Content-Security-Policy", containsString("script-src 'self'"))
                .header("Content-Security-Policy", not(containsString("unsafe-inline")))
                .header("Content-Security-Policy", containsString("frame-ancestors 'none'"))
                .header("X-Content-Type-Options", equalTo("nosniff"))
                .header("X-Frame-Options", equalTo("DENY"))
                .body(not(containsString("<script>")));
        anonymous().get("/login").then().header("Content-Security-Policy", containsString("default-src 'self'"));
        given().get("/api/projects").then().header("X-Content-Type-Options", equalTo("nosniff"));
    }

    @Test
    void shouldAnswerEveryAccountFormWithARedirectSoThatAReloadRepeatsNothing() {
        BrowserSession admin = BrowserSession.admin();
        String prefix = "/admin/users?done=";
        admin.request().redirects().follow(false).contentType(ContentType.URLENC).formParam("username", "prg-user")
                .formParam("password", "long enough password").post("/admin/users").then().statusCode(303)
                .header("Location", org.hamcrest.Matchers.endsWith(prefix + "created&user=prg-user"));
        admin.request().get(prefix + "created&user=prg-user").then().statusCode(200)
                .body(containsString("Created prg-user. Give them the password"));
        admin.request().redirects().follow(false).contentType(ContentType.URLENC)
                .formParam("password", "another long password").post("/admin/users/prg-user/password").then()
                .statusCode(303).header("Location", org.hamcrest.Matchers.endsWith(prefix + "reset&user=prg-user"));
        admin.request().redirects().follow(false).contentType(ContentType.URLENC).formParam("admin", "true")
                .post("/admin/users/prg-user/admin").then().statusCode(303)
                .header("Location", org.hamcrest.Matchers.endsWith(prefix + "admin&user=prg-user"));
        admin.request().get(prefix + "not-admin&user=prg-user").then().body(containsString("prg-user is no longer an admin."));
        admin.request().get(prefix + "%3Cb%3Ebold&user=x").then().statusCode(200).body(not(containsString("<b>bold")));

        BrowserSession user = BrowserSession.signIn("prg-user", "another long password");
        user.request().redirects().follow(false).contentType(ContentType.URLENC)
                .formParam("currentPassword", "another long password").formParam("newPassword", "a third long password")
                .formParam("confirmPassword", "a third long password").post("/account/password").then().statusCode(303)
                .header("Location", org.hamcrest.Matchers.endsWith("/account?done=password"));
        user.request().get("/account?done=password").then().body(containsString("Password changed."));
        user.request().contentType(ContentType.URLENC).formParam("currentPassword", "wrong")
                .formParam("newPassword", "a fourth long password").formParam("confirmPassword", "a fourth long password")
                .post("/account/password").then().statusCode(400);

        admin.request().redirects().follow(false).post("/admin/users/prg-user/delete").then().statusCode(303)
                .header("Location", org.hamcrest.Matchers.endsWith(prefix + "removed&user=prg-user"));
        admin.request().redirects().follow(false).post("/admin/users/prg-user/delete").then().statusCode(404); // gone: a second send finds nobody
    }

    @Test
    void shouldCreateTokensAndManageUsersFromThePages() {
        BrowserSession admin = BrowserSession.admin();
        String page = admin.request().contentType(ContentType.URLENC).formParam("name", "from the page")
                .post("/account/tokens").then().statusCode(200).extract().asString();
        org.hamcrest.MatcherAssert.assertThat(page, containsString("copy it now"));
        String token = page.replaceAll("(?s).*id=\"new-token\" value=\"(tdm_[A-Za-z0-9_-]+)\".*", "$1");
        given().auth().none().header("Authorization", "Bearer " + token).get("/api/account").then().statusCode(200);
        // Shown once: the next visit lists the name only.
        admin.request().get("/account").then().body(containsString("from the page")).body(not(containsString(token)));

        // The same form sent twice (a reload of the answer): one token, and the second answer says so.
        String form = admin.request().get("/account").asString();
        String formKey = form.replaceAll("(?s).*name=\"formKey\" value=\"([0-9a-f-]{36})\".*", "$1");
        int before = given().get("/api/tokens").jsonPath().getList("$").size();
        String first = admin.request().contentType(ContentType.URLENC).formParam("name", "sent twice")
                .formParam("formKey", formKey).post("/account/tokens").then().statusCode(200).extract().asString();
        org.hamcrest.MatcherAssert.assertThat(first, containsString("copy it now"));
        admin.request().contentType(ContentType.URLENC).formParam("name", "sent twice").formParam("formKey", formKey)
                .post("/account/tokens").then().statusCode(200)
                .body(containsString("This form was sent before: the token “sent twice” exists already"))
                .body(not(containsString("copy it now")));
        org.junit.jupiter.api.Assertions.assertEquals(before + 1,
                given().get("/api/tokens").jsonPath().getList("$").size());

        admin.request().contentType(ContentType.URLENC).formParam("username", "paged-user")
                .formParam("password", "long enough password").post("/admin/users").then().statusCode(200)
                .body(containsString("Created paged-user"));
        given().auth().preemptive().basic("paged-user", "long enough password").get("/api/account").then()
                .statusCode(200).body("admin", equalTo(false));
        BrowserSession paged = BrowserSession.signIn("paged-user", "long enough password");
        paged.request().redirects().follow(false).get("/admin/users").then().statusCode(403);

        admin.request().contentType(ContentType.URLENC).formParam("admin", "true")
                .post("/admin/users/paged-user/admin").then().statusCode(200)
                .body(containsString("paged-user is now an admin"));
        paged.request().get("/admin/users").then().statusCode(200); // the open session has the new role
        admin.request().contentType(ContentType.URLENC).formParam("admin", "false")
                .post("/admin/users/paged-user/admin").then().statusCode(200)
                .body(containsString("paged-user is no longer an admin"));
        paged.request().redirects().follow(false).get("/admin/users").then().statusCode(403);
        admin.request().contentType(ContentType.URLENC).formParam("admin", "false")
                .post("/admin/users/admin/admin").then().statusCode(400).body(containsString("only admin"));
        admin.request().contentType(ContentType.URLENC).formParam("admin", "true")
                .post("/admin/users/paged-user/admin").then().statusCode(200);
        // a malformed or missing value is refused; it does not read as "false" and take the role away
        admin.request().contentType(ContentType.URLENC).formParam("admin", "maybe")
                .post("/admin/users/paged-user/admin").then().statusCode(400).body(containsString("true or false"));
        admin.request().contentType(ContentType.URLENC).post("/admin/users/paged-user/admin").then().statusCode(400);
        paged.request().get("/admin/users").then().statusCode(200);
        admin.request().contentType(ContentType.URLENC).formParam("admin", "false")
                .post("/admin/users/paged-user/admin").then().statusCode(200);
    }

    private static Response signIn(String username, String password) {
        return BrowserSession.signInForm().formParam("username", username).formParam("password", password)
                .post("/login");
    }
}
