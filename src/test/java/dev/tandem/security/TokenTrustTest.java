// SPDX-License-Identifier: Apache-2.0
package dev.tandem.security;

import static dev.tandem.security.SecurityFixtures.as;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * What an API token may outlive: nothing that ends the trust in its owner. A token cannot make tokens (a leaked one
 * would otherwise plant others that survive its revocation), a new password revokes the account's tokens, and admins
 * can list and revoke anyone's.
 */
@QuarkusTest
class TokenTrustTest {

    @Test
    void shouldRefuseToCreateATokenWithAToken() {
        String owner = SecurityFixtures.user("tobias");
        String token = token(owner, "CI");
        bearer(token).contentType(ContentType.JSON).body(Map.of("name", "planted")).post("/api/tokens").then()
                .statusCode(403).contentType("application/problem+json")
                .body("detail", containsString("An API token cannot create tokens"));
        as(owner).get("/api/tokens").then().body("size()", equalTo(1));
        // the token still does what tokens are for, and may revoke itself
        long id = as(owner).get("/api/tokens").then().extract().jsonPath().getLong("[0].id");
        bearer(token).get("/api/account").then().statusCode(200);
        bearer(token).delete("/api/tokens/" + id).then().statusCode(204);
        bearer(token).get("/api/account").then().statusCode(401);
    }

    @Test
    void shouldRevokeTheTokensOfAnAccountWhosePasswordAnAdminResets() {
        String user = SecurityFixtures.user("rita");
        String token = token(user, "laptop script");
        bearer(token).get("/api/account").then().statusCode(200);

        given().contentType(ContentType.JSON).body(Map.of("password", "a brand new password"))
                .put("/api/users/" + user + "/password").then().statusCode(204);
        bearer(token).get("/api/account").then().statusCode(401);
        given().auth().preemptive().basic(user, "a brand new password").get("/api/tokens").then()
                .body("size()", equalTo(0));
        given().get("/api/audit?action=password-reset&limit=1000").then()
                .body("items.detail", hasItem("1 token(s) revoked"));
    }

    @Test
    void shouldRevokeOnesOwnTokensWithANewPassword() {
        String user = SecurityFixtures.user("ralf");
        String token = token(user, "nightly export");
        as(user).contentType(ContentType.JSON)
                .body(Map.of("currentPassword", SecurityFixtures.PASSWORD, "newPassword", "another long password"))
                .put("/api/account/password").then().statusCode(204);
        bearer(token).get("/api/account").then().statusCode(401);
    }

    @Test
    void shouldLetAdminsListAndRevokeSomeoneElsesTokens() {
        String user = SecurityFixtures.user("lena");
        String token = token(user, "leaked one");
        JsonPath listed = given().get("/api/users/" + user + "/tokens").then().statusCode(200)
                .body("size()", equalTo(1)).body("[0].name", equalTo("leaked one")).body("[0].token", equalTo(null))
                .extract().jsonPath();
        long id = listed.getLong("[0].id");

        // not someone else's token under this name, nor an account that is not there
        String other = SecurityFixtures.user("otto");
        given().delete("/api/users/" + other + "/tokens/" + id).then().statusCode(404)
                .contentType("application/problem+json");
        given().get("/api/users/nobody-of-that-name/tokens").then().statusCode(404);
        // ordinary users manage only their own
        as(other).get("/api/users/" + user + "/tokens").then().statusCode(403);
        as(other).delete("/api/users/" + user + "/tokens/" + id).then().statusCode(403);
        bearer(token).get("/api/account").then().statusCode(200);

        given().delete("/api/users/" + user + "/tokens/" + id).then().statusCode(204);
        bearer(token).get("/api/account").then().statusCode(401);
        given().get("/api/users/" + user + "/tokens").then().statusCode(200).body("size()", equalTo(0));
        given().get("/api/audit?action=token-revoke&limit=1000").then()
                .body("items.detail", hasItem("leaked one (of " + user + ")"));
    }

    /**
     * Found by use: whoever held a stolen token could guess its owner's password through the password change at full
     * speed (eight wrong guesses, then the right one: 204), unthrottled and unaudited, and then change it.
     */
    @Test
    void shouldThrottleAndAuditWrongCurrentPasswordsAsSignInsAre() {
        String user = SecurityFixtures.user("gisela");
        String stolen = token(user, "stolen");
        for (int guess = 1; guess <= 5; guess++) {
            bearer(stolen).contentType(ContentType.JSON)
                    .body(Map.of("currentPassword", "guess number " + guess, "newPassword", "taken over at last"))
                    .put("/api/account/password").then().statusCode(400)
                    .body("detail", equalTo("The current password is wrong."));
        }
        bearer(stolen).contentType(ContentType.JSON)
                .body(Map.of("currentPassword", SecurityFixtures.PASSWORD, "newPassword", "taken over at last"))
                .put("/api/account/password").then().statusCode(429).contentType("application/problem+json")
                .header("Retry-After", notNullValue()).body("field", equalTo("currentPassword"))
                .body("detail", containsString("Too many wrong passwords"));
        bearer(stolen).get("/api/account").then().statusCode(200);
        given().get("/api/audit?action=sign-in-failed&limit=1000").then().statusCode(200)
                .body("items.findAll { it.username == '" + user + "' }.size()", equalTo(5));
    }

    private static String token(String owner, String name) {
        return as(owner).contentType(ContentType.JSON).body(Map.of("name", name)).post("/api/tokens").then()
                .statusCode(201).extract().jsonPath().getString("token");
    }

    private static RequestSpecification bearer(String token) {
        return given().auth().none().header("Authorization", "Bearer " + token);
    }
}
