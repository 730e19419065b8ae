// SPDX-License-Identifier: Apache-2.0
package dev.tandem.testing;

import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A signed-in browser for the page tests: it posts the sign-in form once per running application, then sends the
 * session cookie and the CSRF header with every request, as the pages do through htmx.
 */
public final class BrowserSession {
    public static final String COOKIE = "tandem_session";
    public static final String CSRF_HEADER = "X-CSRF-Token";
    /** The cookie that holds the sign-in form's token. */
    public static final String FORM_COOKIE = "tandem_signin";
    private static final Map<String, BrowserSession> BY_APP = new ConcurrentHashMap<>();

    private final String cookie;
    private final String csrfToken;

    private BrowserSession(String cookie, String csrfToken) {
        this.cookie = cookie;
        this.csrfToken = csrfToken;
    }

    /** The admin's session in the application under test. */
    public static BrowserSession admin() {
        return BY_APP.computeIfAbsent(RestAssured.baseURI + ":" + RestAssured.port,
                app -> signIn(AdminCredentials.USERNAME, AdminCredentials.PASSWORD));
    }

    public static BrowserSession signIn(String username, String password) {
        Response response = signInForm().formParam("username", username).formParam("password", password)
                .post("/login");
        if (response.statusCode() != 303 || response.cookie(COOKIE) == null) {
            throw new IllegalStateException("Sign-in as " + username + " failed: " + response.statusCode());
        }
        String cookie = response.cookie(COOKIE);
        String page = RestAssured.given().auth().none().cookie(COOKIE, cookie).get("/account").asString();
        return new BrowserSession(cookie, formToken(page, "/account"));
    }

    /** The value of the {@code csrf-token} field of a page's form. */
    private static String formToken(String page, String path) {
        java.util.regex.Matcher token = java.util.regex.Pattern.compile("name=\"csrf-token\" value=\"([^\"]+)\"")
                .matcher(page);
        if (!token.find()) {
            throw new IllegalStateException("No CSRF token on " + path);
        }
        return token.group(1);
    }

    /** A request as the admin's browser: for page tests, in place of {@code RestAssured.given()}. */
    public static RequestSpecification given() {
        return admin().request();
    }

    /**
     * A post of the sign-in form as a browser sends it after loading {@code /login}: with the form's token and its
     * cookie, without credentials, not following the redirect. Add the username and password.
     */
    public static RequestSpecification signInForm() {
        Response form = RestAssured.given().auth().none().get("/login");
        String cookie = form.cookie(FORM_COOKIE);
        if (cookie == null) {
            throw new IllegalStateException("The sign-in form came without its token cookie");
        }
        return RestAssured.given().auth().none().redirects().follow(false).contentType(ContentType.URLENC)
                .cookie(FORM_COOKIE, cookie).formParam("csrf-token", formToken(form.asString(), "/login"));
    }

    /** A request as this browser: session cookie and CSRF header, and no other credentials. */
    public RequestSpecification request() {
        return RestAssured.given().auth().none().cookie(COOKIE, cookie).header(CSRF_HEADER, csrfToken);
    }

    /** The same without the CSRF header, to show that it is required. */
    public RequestSpecification withoutCsrf() {
        return RestAssured.given().auth().none().cookie(COOKIE, cookie);
    }

    public String cookie() {
        return cookie;
    }

    public String csrfToken() {
        return csrfToken;
    }
}
