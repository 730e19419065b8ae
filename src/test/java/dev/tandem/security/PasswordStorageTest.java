// SPDX-License-Identifier: Apache-2.0
package dev.tandem.security;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tandem.model.Account;
import io.quarkus.test.junit.QuarkusTest;
import dev.tandem.testing.FileDatabase;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Passwords are stored as bcrypt hashes: the plain text is nowhere in the database file. */
@QuarkusTest
@TestProfile(FileDatabase.class)
class PasswordStorageTest {
    private static final Path DIRECTORY = FileDatabase.DIRECTORY;

    @Test
    void shouldKeepOnlyBcryptHashes() throws IOException {
        String password = "Plaintext-Canary-4711";
        String username = "canary-" + System.nanoTime();
        given().contentType(ContentType.JSON).body(Map.of("username", username, "password", password))
                .post("/api/users").then().statusCode(201);
        given().auth().preemptive().basic(username, password).get("/api/account").then().statusCode(200);

        String hash = Account.findByUsername(username).orElseThrow().passwordHash;
        assertTrue(hash.startsWith("$2a$10$"), hash);
        // Checkpoint so everything is on disk, then read the file as bytes.
        io.quarkus.narayana.jta.QuarkusTransaction.requiringNew().run(() ->
                Account.getEntityManager().createNativeQuery("CHECKPOINT SYNC").executeUpdate());
        byte[] file = Files.readAllBytes(DIRECTORY.resolve("tandem.mv.db"));
        String contents = new String(file, StandardCharsets.ISO_8859_1);
        assertTrue(contents.contains(username), "the scan finds what is stored in plain text (the username)");
        assertTrue(contents.contains(hash), "and the hash");
        assertFalse(contents.contains(password), "but not the password");
        assertFalse(contents.contains(dev.tandem.testing.AdminCredentials.PASSWORD), "nor the admin's");
    }
}
