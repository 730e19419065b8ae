// SPDX-License-Identifier: Apache-2.0
package dev.tandem.security;

import static dev.tandem.security.SecurityFixtures.as;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tandem.model.ApiToken;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Found by a security review: every token could do all its owner can, for ever, so the token of a nightly export
 * script, once leaked, could rewrite or delete the team's work. A token may now be read-only (it reads and exports,
 * changes nothing) and may expire.
 */
@QuarkusTest
class TokenScopeTest {

    @Test
    void shouldLetAReadOnlyTokenReadAndExportButChangeNothing() {
        String owner = SecurityFixtures.user("export-bot");
        long project = SecurityFixtures.project("Read only");
        long document = SecurityFixtures.document(project);
        SecurityFixtures.member(project, owner, "editor");
        JsonPath created = create(owner, Map.of("name", "nightly export", "readOnly", true));
        assertTrue(created.getBoolean("readOnly"));
        String secret = created.getString("token");

        bearer(secret).get("/api/projects/" + project + "/documents").then().statusCode(200);
        bearer(secret).get("/api/documents/" + document + "/export?format=tmx").then()
                .statusCode(200).body(containsString("One sentence."));
        bearer(secret).contentType(ContentType.JSON)
                .body(Map.of("source", List.of("Ein Satz."), "target", List.of("One sentence."), "sourceLanguage", "de",
                        "targetLanguage", "en")).post("/api/align").then().statusCode(200);

        long version = as(owner).get("/api/documents/" + document).then().extract().jsonPath().getLong("version");
        long pair = as(owner).get("/api/documents/" + document + "/pairs").then().extract().jsonPath()
                .getLong("items[0].id");
        bearer(secret).contentType(ContentType.JSON).body(Map.of("op", "confirm", "baseVersion", version, "pairs", List.of(pair)))
                .post("/api/documents/" + document + "/edits").then().statusCode(403)
                .contentType("application/problem+json")
                .body("detail", startsWith("This API token is read-only: it may read and export, not change anything."));
        bearer(secret).contentType(ContentType.JSON)
                .body(Map.of("name", "planted", "sourceLanguage", "de", "targetLanguage", "en"))
                .post("/api/projects").then().statusCode(403);
        bearer(secret).delete("/api/documents/" + document).then().statusCode(403);
        bearer(secret).contentType(ContentType.JSON)
                .body(Map.of("currentPassword", SecurityFixtures.PASSWORD, "newPassword", "taken over at last"))
                .put("/api/account/password").then().statusCode(403);
        as(owner).get("/api/documents/" + document).then().body("version", equalTo((int) version)); // nothing changed

        // a full token of the same owner still changes what its owner may
        String full = create(owner, Map.of("name", "review script")).getString("token");
        bearer(full).contentType(ContentType.JSON).body(Map.of("op", "confirm", "baseVersion", version,
                "pairs", List.of(pair))).post("/api/documents/" + document + "/edits").then().statusCode(200);
        as(owner).get("/api/tokens").then().body("find { it.name == 'review script' }.readOnly", equalTo(false))
                .body("find { it.name == 'review script' }.expiresAt", nullValue());
    }

    @Test
    void shouldStopATokenAtItsExpiry() {
        String owner = SecurityFixtures.user("contractor");
        JsonPath created = create(owner, Map.of("name", "three-month contract", "expiresInDays", 90));
        OffsetDateTime expires = OffsetDateTime.parse(created.getString("expiresAt"));
        Duration left = Duration.between(OffsetDateTime.now(), expires);
        assertTrue(left.toDays() >= 89 && left.toDays() <= 90, left.toString());
        String secret = created.getString("token");
        bearer(secret).get("/api/account").then().statusCode(200);

        long id = created.getLong("id");
        QuarkusTransaction.requiringNew().run(() -> ApiToken.<ApiToken>findById(id).expiresAt =
                OffsetDateTime.now().minusMinutes(1));
        bearer(secret).get("/api/account").then().statusCode(401).contentType("application/problem+json")
                .body("detail", containsString("has expired"));
        as(owner).get("/api/tokens/" + id).then().statusCode(200); // listed until revoked, so its owner sees why
    }

    @Test
    void shouldRefuseALifetimeOutsideItsRange() {
        String owner = SecurityFixtures.user("typo");
        for (int days : new int[] {0, -5, 36500}) {
            Map<String, Object> body = new HashMap<>(Map.of("name", "odd", "expiresInDays", days));
            as(owner).contentType(ContentType.JSON).body(body).post("/api/tokens").then().statusCode(400)
                    .contentType("application/problem+json").body("field", equalTo("expiresInDays"))
                    .body("detail", containsString("between 1 and 3650"));
        }
        as(owner).get("/api/tokens").then().body("size()", equalTo(0));
    }

    private static JsonPath create(String owner, Map<String, Object> body) {
        return as(owner).contentType(ContentType.JSON).body(body).post("/api/tokens").then().statusCode(201)
                .extract().jsonPath();
    }

    private static RequestSpecification bearer(String token) {
        return given().auth().none().header("Authorization", "Bearer " + token);
    }
}
