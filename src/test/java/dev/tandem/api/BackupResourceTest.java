// SPDX-License-Identifier: Apache-2.0
package dev.tandem.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tandem.testing.FileDatabase;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;

/**
 * {@code GET /api/admin/backup} through REST: admins only, a zip of the database file, nothing left behind in the data
 * directory. It runs on a database file of its own (an in-memory database has nothing to back up: 409). (The round trip — back up, delete everything, restore with Tandem stopped — runs on the packaged server
 * in src/test/scripts/backup-restore.sh, CI step 4.)
 */
@QuarkusTest
@TestProfile(FileDatabase.class)
class BackupResourceTest {
    @Test
    void shouldGiveAdminsAZipOfTheDatabase() throws IOException {
        byte[] zip = given().get("/api/admin/backup").then().statusCode(200)
                .contentType("application/zip")
                .header("Content-Disposition", startsWith("attachment; filename=\"tandem-backup-"))
                .extract().asByteArray();
        List<String> names = new ArrayList<>();
        try (var entries = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (var entry = entries.getNextEntry(); entry != null; entry = entries.getNextEntry()) {
                names.add(entry.getName());
            }
        }
        assertTrue(names.stream().anyMatch(name -> name.endsWith(".mv.db")), "the database file is in " + names);
        Path backups = Path.of("target/test-data/backups"); // tandem.data-dir in tests
        assertEquals(0, Files.exists(backups) ? Files.list(backups).count() : 0, "the backup was removed once sent");
    }

    @Test
    void shouldRefuseOthers() {
        String user = "backup-outsider-" + System.nanoTime();
        given().contentType(ContentType.JSON).body(Map.of("username", user, "password", "a long password 1",
                "admin", false)).post("/api/users").then().statusCode(201);
        given().auth().preemptive().basic(user, "a long password 1").get("/api/admin/backup").then().statusCode(403)
                .contentType("application/problem+json");
    }
}
