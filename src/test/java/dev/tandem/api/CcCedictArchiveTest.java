// SPDX-License-Identifier: Apache-2.0
package dev.tandem.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tandem.bench.EvalDictionaries;
import dev.tandem.model.LexiconEntry;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.RestAssured;
import io.restassured.config.HttpClientConfig;
import io.restassured.specification.RequestSpecification;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;

/**
 * A project holding the real CC-CEDICT (about 300,000 entries) archived and imported again through the API with the
 * shipped upload limits: the archive is read in seconds (its pages of entries were once sorted again and again until
 * the transaction timed out), announces its length, and its entries arrive whole and in order. Prints the timings
 * (the README quotes them). Skips when CC-CEDICT is absent, unless -Dtandem.require-dictionaries=true (CI).
 */
@QuarkusTest
@TestProfile(DefaultLimitsImportTest.ShippedLimits.class)
class CcCedictArchiveTest {
    private static final String DICTIONARY = "dictionaries/1.json";

    @Test
    void shouldArchiveAndRestoreAProjectWithCcCedict() throws IOException {
        EvalDictionaries.assumePresent(EvalDictionaries.cedict());
        long project = ApiFixtures.createProject("CC-CEDICT archive", "zh", "en");
        int entries = patient().multiPart("file", EvalDictionaries.cedict().toFile(), "text/plain")
                .post("/api/projects/" + project + "/dictionaries").then().statusCode(201)
                .extract().path("entries");

        long started = System.nanoTime();
        byte[] archive = archive(project);
        double archiveSeconds = (System.nanoTime() - started) / 1e9;

        started = System.nanoTime();
        long copy = patient().multiPart("file", "project.zip", archive, BackupResource.ZIP)
                .post("/api/projects/archive").then().statusCode(201).extract().jsonPath().getLong("id");
        double restoreSeconds = (System.nanoTime() - started) / 1e9;
        System.out.printf("CC-CEDICT, %,d entries: archived in %.1f s (%,d bytes), restored in %.1f s%n", entries,
                archiveSeconds, archive.length, restoreSeconds);

        given().get("/api/projects/" + copy + "/dictionaries").then().statusCode(200)
                .body("origin", equalTo(List.of("cedict_ts.u8"))).body("entries", equalTo(List.of(entries)));
        long restored = given().get("/api/projects/" + copy + "/dictionaries").then().extract().jsonPath()
                .getLong("[0].id");
        assertEquals(entries, LexiconEntry.count("dictionary.id", restored));
        assertTrue(LexiconEntry.count("dictionary.id = ?1 and source = ?2", restored, "中国") > 0, "中国 restored");
        // the copy archives to the same entries, in the same order, as the original
        byte[] original = entry(archive, DICTIONARY);
        assertNotNull(original, DICTIONARY + " in the archive");
        assertArrayEquals(original, entry(archive(copy), DICTIONARY), "the restored dictionary's entries");
    }

    private static byte[] archive(long project) {
        var answer = patient().get("/api/projects/" + project + "/archive").then().statusCode(200).extract();
        byte[] body = answer.asByteArray();
        assertEquals(String.valueOf(body.length), answer.header("Content-Length"), "the archive's announced length");
        return body;
    }

    /** The upload and the import take tens of seconds on a busy machine, past the tests' usual 30 s wait. */
    private static RequestSpecification patient() {
        return given().config(RestAssured.config().httpClient(HttpClientConfig.httpClientConfig()
                .setParam("http.socket.timeout", 300_000)));
    }

    private static byte[] entry(byte[] zip, String name) throws IOException {
        try (var in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry entry; (entry = in.getNextEntry()) != null; ) {
                if (entry.getName().equals(name)) {
                    return in.readAllBytes();
                }
            }
        }
        return null;
    }
}
