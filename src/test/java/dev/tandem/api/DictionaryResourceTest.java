// SPDX-License-Identifier: Apache-2.0
package dev.tandem.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

@QuarkusTest
class DictionaryResourceTest {

    @Test
    void shouldStoreTsvAndCedictDictionaries() {
        long project = ApiFixtures.createProject("Dictionaries", "zh", "en");
        given().multiPart("file", "glossary.tsv", "猫\tcat\n狗\tdog\n".getBytes(StandardCharsets.UTF_8), "text/plain")
                .when().post("/api/projects/" + project + "/dictionaries")
                .then().statusCode(201).body("format", equalTo("tsv")).body("entries", equalTo(2))
                .body("origin", equalTo("glossary.tsv"));
        String cedict = "傳統 传统 [chuan2 tong3] /tradition/traditional/\n北京 北京 [Bei3 jing1] /Beijing/\n";
        given().multiPart("file", "cedict_ts.u8", cedict.getBytes(StandardCharsets.UTF_8), "text/plain")
                .when().post("/api/projects/" + project + "/dictionaries")
                .then().statusCode(201).body("format", equalTo("cedict")).body("entries", equalTo(5))
                .body("projectEntries", equalTo(7));
        given().get("/api/projects/" + project + "/dictionaries").then().statusCode(200).body("entries", equalTo(7));
    }

    @Test
    void shouldStoreDictd() {
        long project = ApiFixtures.createProject("Dictd", "de", "en");
        byte[] dict = "Katze\ncat\n".getBytes(StandardCharsets.UTF_8);
        given().multiPart("index", "deu-eng.index", "Katze\tA\tK\n".getBytes(StandardCharsets.UTF_8), "text/plain")
                .multiPart("dict", "deu-eng.dict", dict, "application/octet-stream")
                .when().post("/api/projects/" + project + "/dictionaries")
                .then().statusCode(201).body("format", equalTo("dictd")).body("entries", equalTo(1));
    }

    @Test
    void shouldRefuseUnreadableDictionaryAndStoreNothing() {
        long project = ApiFixtures.createProject("Bad dictionary", "zh", "en");
        given().multiPart("file", "glossary.tsv", "猫\tcat\n狗 dog\n".getBytes(StandardCharsets.UTF_8), "text/plain")
                .when().post("/api/projects/" + project + "/dictionaries")
                .then().statusCode(400).contentType("application/problem+json")
                .body("detail", containsString("Line 2"));
        given().multiPart("format", "xml")
                .multiPart("file", "x.txt", "a\tb\n".getBytes(StandardCharsets.UTF_8), "text/plain")
                .when().post("/api/projects/" + project + "/dictionaries")
                .then().statusCode(400).body("field", equalTo("format"));
        given().multiPart("format", "tsv")
                .when().post("/api/projects/" + project + "/dictionaries")
                .then().statusCode(400).body("field", equalTo("file"));
        given().get("/api/projects/" + project + "/dictionaries").then().statusCode(200).body("entries", equalTo(0));
        given().multiPart("file", "g.tsv", "a\tb\n".getBytes(StandardCharsets.UTF_8), "text/plain")
                .when().post("/api/projects/987654/dictionaries").then().statusCode(404);
    }
}
