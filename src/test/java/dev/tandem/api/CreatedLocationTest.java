// SPDX-License-Identifier: Apache-2.0
package dev.tandem.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Every 201 names where the new thing can be read (found by an API client's use: a new user's and a new token's
 * Location answered 405 to GET, and adding a member had none).
 */
@QuarkusTest
class CreatedLocationTest {

    @Test
    void shouldAnswerAGetAtTheLocationOfANewUserTokenAndMember() {
        String user = given().contentType(ContentType.JSON)
                .body(Map.of("username", "located", "password", "a-long-enough-password-7"))
                .post("/api/users").then().statusCode(201).extract().header("Location");
        given().get(user).then().statusCode(200).body("username", equalTo("located"));
        given().get("/api/users/nobody-here").then().statusCode(404).contentType("application/problem+json");
        given().get("/api/users/LOCATED").then().statusCode(200).body("username", equalTo("located"));

        String token = given().contentType(ContentType.JSON).body(Map.of("name", "pipeline"))
                .post("/api/tokens").then().statusCode(201).extract().header("Location");
        given().get(token).then().statusCode(200).body("name", equalTo("pipeline")).body("token", nullValue());
        given().get("/api/tokens/987654").then().statusCode(404).contentType("application/problem+json");

        long project = ApiFixtures.createProject("Located members", "de", "fr");
        String member = given().contentType(ContentType.JSON).body(Map.of("role", "viewer"))
                .put("/api/projects/" + project + "/members/located").then().statusCode(201)
                .extract().header("Location");
        given().get(member).then().statusCode(200).body("username", equalTo("located"))
                .body("role", equalTo("viewer"));
        given().contentType(ContentType.JSON).body(Map.of("role", "editor"))
                .put("/api/projects/" + project + "/members/located").then().statusCode(200);
        given().get("/api/projects/" + project + "/members/LOCATED").then().statusCode(200)
                .body("role", equalTo("editor"));
        given().get("/api/projects/" + project + "/members/nobody-here").then().statusCode(404);
    }
}
