// SPDX-License-Identifier: Apache-2.0
package dev.tandem.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.tandem.model.Document;
import dev.tandem.model.SentencePair;
import io.quarkus.test.junit.QuarkusTest;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * A bilingual TMX file uploaded alone as {@code source}: its units arrive as confirmed pairs, except those its
 * x-status marks unreviewed.
 */
@QuarkusTest
class TmxImportTest {

    @Test
    void shouldImportExportedTmxWithTheStatusesItCarries() {
        long origin = ApiFixtures.createProject("TMX origin", "zh", "en");
        long document = ApiFixtures.createDocument(origin, "Origin", ApiFixtures.ZH, ApiFixtures.EN);
        byte[] tmx = given().when().get("/api/documents/" + document + "/export?format=tmx")
                .then().statusCode(200).extract().asByteArray();
        String originTsv = given().when().get("/api/documents/" + document + "/export?format=tsv")
                .then().statusCode(200).extract().asString();

        long memory = ApiFixtures.createProject("TMX import", "zh-CN", "en-US");
        long imported = given().multiPart("source", "memory.tmx", tmx, "application/x-tmx+xml")
                .when().post("/api/projects/" + memory + "/documents")
                .then().statusCode(201)
                .body("title", equalTo("memory.tmx"))
                .body("statusCounts.CONFIRMED", equalTo(0))
                .body("statusCounts.AUTO", equalTo(3))
                .extract().jsonPath().getLong("id");
        // the aligner's pairs, x-status AUTO, stay unreviewed: sending an export back confirms nothing
        given().when().get("/api/documents/" + imported + "/pairs").then().statusCode(200)
                .body("items.status", everyItem(equalTo("AUTO")))
                .body("items[0].source[0].text", equalTo("第一段的第一句。"));
        String roundTrip = given().when().get("/api/documents/" + imported + "/export?format=tsv&status=all")
                .then().statusCode(200).extract().asString();
        assertEquals(originTsv, roundTrip);
    }

    @Test
    void shouldKeepPlaceholdersAndSeparateWordsAtInlineCodes() {
        long project = ApiFixtures.createProject("CAT memory", "fr", "en");
        String trados = """
                <?xml version="1.0" encoding="UTF-8"?>
                <tmx version="1.4"><header srclang="fr-FR" creationtool="SDL Language Platform" creationtoolversion="8.0"
                 segtype="sentence" o-tmf="SDL TM8 Format" adminlang="en-US" datatype="xml"/><body>
                <tu><tuv xml:lang="fr-FR"><seg><ph x="1">{0}</ph> fichiers copiés sur <ph x="2">{1}</ph>.</seg></tuv>
                 <tuv xml:lang="en-US"><seg><ph x="1">{0}</ph> files copied to <ph x="2">{1}</ph>.</seg></tuv></tu>
                <tu><tuv xml:lang="fr-FR"><seg>Le fichier<ph x="1" type="lb">&lt;br/&gt;</ph>a été supprimé.</seg></tuv>
                 <tuv xml:lang="en-US"><seg>The file<ph x="1" type="lb">&lt;br/&gt;</ph>was deleted.</seg></tuv></tu>
                <tu><tuv xml:lang="fr-FR"><seg><ph x="1">&lt;img src="logo.png"/&gt;</ph></seg></tuv>
                 <tuv xml:lang="en-US"><seg><ph x="1">&lt;img src="logo.png"/&gt;</ph></seg></tuv></tu>
                </body></tmx>
                """;
        long imported = given().multiPart("source", "trados.tmx", trados.getBytes(StandardCharsets.UTF_8),
                        "application/x-tmx+xml")
                .when().post("/api/projects/" + project + "/documents")
                .then().statusCode(201)
                .header(ImportAnswers.LEFT_OUT, containsString("1 unit holding only inline codes"))
                .body("pairs", equalTo(2))
                .body("statusCounts.CONFIRMED", equalTo(2))
                .extract().jsonPath().getLong("id");
        given().when().get("/api/documents/" + imported + "/pairs").then().statusCode(200)
                .body("items[0].source[0].text", equalTo("{0} fichiers copiés sur {1}."))
                .body("items[0].target[0].text", equalTo("{0} files copied to {1}."))
                .body("items[1].source[0].text", equalTo("Le fichier a été supprimé."))
                .body("items[1].target[0].text", equalTo("The file was deleted."));
    }

    @Test
    void shouldImportTheXliffFileInTheProjectsLanguagesAndNameTheOthers() {
        long project = ApiFixtures.createProject("Two files", "fr", "de");
        String xliff = """
                <?xml version="1.0" encoding="UTF-8"?>
                <xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2">
                  <file original="a.txt" source-language="fr" target-language="en" datatype="plaintext"><body>
                    <trans-unit id="1"><source>Bonjour.</source><target>Hello.</target></trans-unit></body></file>
                  <file original="a.txt" source-language="fr" target-language="de" datatype="plaintext"><body>
                    <trans-unit id="1"><source>Bonjour.</source><target>Hallo.</target></trans-unit></body></file>
                </xliff>
                """;
        long imported = given().multiPart("source", "two.xlf", xliff.getBytes(StandardCharsets.UTF_8),
                        "application/xliff+xml")
                .when().post("/api/projects/" + project + "/documents")
                .then().statusCode(201)
                .header(ImportAnswers.LEFT_OUT, containsString("(fr -> en)"))
                .body("pairs", equalTo(1))
                .extract().jsonPath().getLong("id");
        given().when().get("/api/documents/" + imported + "/pairs").then().statusCode(200)
                .body("items[0].target[0].text", equalTo("Hallo."));
        long other = ApiFixtures.createProject("Neither file", "fr", "es");
        given().multiPart("source", "two.xlf", xliff.getBytes(StandardCharsets.UTF_8), "application/xliff+xml")
                .when().post("/api/projects/" + other + "/documents")
                .then().statusCode(400).contentType("application/problem+json")
                .body("detail", containsString("translates fr → en, fr → de, but this project is fr → es"));
    }

    @Test
    void shouldRefuseHostileOrMismatchedTmxAndStoreNothing() {
        long project = ApiFixtures.createProject("TMX refusals", "de", "fr");
        long documents = Document.count();
        long pairs = SentencePair.count();
        String xxe = """
                <?xml version="1.0"?>
                <!DOCTYPE tmx [ <!ENTITY xxe SYSTEM "file:///etc/passwd"> ]>
                <tmx version="1.4"><header srclang="de" creationtool="x" creationtoolversion="1" segtype="sentence"
                 o-tmf="x" adminlang="en" datatype="plaintext"/><body>
                <tu><tuv xml:lang="de"><seg>&xxe;</seg></tuv><tuv xml:lang="fr"><seg>x</seg></tuv></tu></body></tmx>
                """;
        given().multiPart("source", "evil.tmx", xxe.getBytes(StandardCharsets.UTF_8), "application/xml")
                .when().post("/api/projects/" + project + "/documents")
                .then().statusCode(400).contentType("application/problem+json")
                .body("field", equalTo("source"))
                .body("detail", not(containsString("root:")));
        String japanese = """
                <?xml version="1.0"?>
                <tmx version="1.4"><header srclang="ja" creationtool="x" creationtoolversion="1" segtype="sentence"
                 o-tmf="x" adminlang="en" datatype="plaintext"/><body>
                <tu><tuv xml:lang="ja"><seg>こんにちは。</seg></tuv><tuv xml:lang="en"><seg>Hello.</seg></tuv></tu></body></tmx>
                """;
        given().multiPart("source", "ja.tmx", japanese.getBytes(StandardCharsets.UTF_8), "application/xml")
                .when().post("/api/projects/" + project + "/documents")
                .then().statusCode(400).contentType("application/problem+json")
                .body("detail", containsString("'de'"));
        given().multiPart("source", "broken.tmx", "<tmx><body><tu>".getBytes(StandardCharsets.UTF_8), "application/xml")
                .when().post("/api/projects/" + project + "/documents")
                .then().statusCode(400).contentType("application/problem+json");
        assertEquals(documents, Document.count());
        assertEquals(pairs, SentencePair.count());
    }
}
