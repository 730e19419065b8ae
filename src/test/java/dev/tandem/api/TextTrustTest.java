// SPDX-License-Identifier: Apache-2.0
package dev.tandem.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tandem.model.Document;
import dev.tandem.model.Project;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Text that is not what it claims is refused, never silently stored: bytes that are not valid in the encoding they
 * are read in, a side in another language than the project's, a project whose two languages are one.
 */
@QuarkusTest
public class TextTrustTest {
    public static final String ZH = """
            北京昨天下了一场大雪。孩子们很高兴，一早就跑到院子里堆雪人。
            老师说今天不上体育课，大家可以在操场上打雪仗。校长也来了，他笑着看我们玩。
            中午雪停了，太阳出来了。下午我们回到教室，写了一篇关于雪的作文。
            """;
    public static final String EN = """
            It snowed heavily in Beijing yesterday. The children were delighted and ran into the yard early to build a snowman.
            The teacher said there would be no PE class today, so everyone could have a snowball fight on the playground. The headmaster came too and smiled as he watched us play.
            At noon the snow stopped and the sun came out. In the afternoon we went back to the classroom and wrote an essay about the snow.
            """;
    /** English with em dashes, as a word processor writes it. */
    static final String EN_DASHES = """
            It snowed heavily in Beijing yesterday\u2014the first snow of the winter. The children were delighted.
            The teacher said there would be no PE class today\u2014everyone could play on the playground instead.
            """;

    private static long documents() {
        return Document.count();
    }

    private static byte[] withByte(String text, int at, int... inserted) {
        byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
        byte[] out = Arrays.copyOf(utf8, utf8.length + inserted.length);
        System.arraycopy(utf8, at, out, at + inserted.length, utf8.length - at);
        for (int i = 0; i < inserted.length; i++) {
            out[at + i] = (byte) inserted[i];
        }
        return out;
    }

    private static RequestSpecification files(byte[] source, byte[] target) {
        return given().multiPart("source", "source.txt", source, "text/plain")
                .multiPart("target", "target.txt", target, "text/plain");
    }

    @Test
    void shouldRefuseAUtf8FileWithOneStrayByteNamingItsOffset() {
        long project = ApiFixtures.createProject("Stray byte", "zh", "en");
        int at = EN_DASHES.indexOf("The teacher");
        int offset = EN_DASHES.substring(0, at).getBytes(StandardCharsets.UTF_8).length;
        long before = documents();
        files(ZH.getBytes(StandardCharsets.UTF_8), withByte(EN_DASHES, offset, 0xFF))
                .when().post("/api/projects/" + project + "/documents")
                .then().statusCode(400).contentType("application/problem+json")
                .body("field", equalTo("target"))
                .body("detail", allOf(containsString("The target file: The file is UTF-8 with damage"),
                        containsString("the bytes at offset " + offset + " (line 2: 0xFF) are not valid UTF-8")));
        assertEquals(before, documents());
    }

    @Test
    void shouldRefuseStrayBytesInAnAsciiEnglishFile() {
        long project = ApiFixtures.createProject("Stray bytes in ASCII", "zh", "en");
        int offset = EN.indexOf(" The headmaster");
        files(ZH.getBytes(StandardCharsets.UTF_8), withByte(EN, offset, 0xFF, 0xFE, 0x80))
                .when().post("/api/projects/" + project + "/documents")
                .then().statusCode(400).contentType("application/problem+json")
                .body("field", equalTo("target"))
                .body("detail", allOf(containsString("The byte 0xFE at offset " + (offset + 1)),
                        containsString("in windows-1252"), containsString("English text does not use")));
    }

    @Test
    void shouldRefuseSwappedFilesSayingWhatEachSideLooksLikeAndImportThemWhenTheCheckIsOff() {
        long project = ApiFixtures.createProject("Swapped files", "zh", "en");
        long before = documents();
        files(EN.getBytes(StandardCharsets.UTF_8), ZH.getBytes(StandardCharsets.UTF_8))
                .when().post("/api/projects/" + project + "/documents")
                .then().statusCode(400).contentType("application/problem+json")
                .body("field", equalTo("source"))
                .body("detail", allOf(containsString("The source file looks like English, not Chinese (zh)"),
                        containsString("The target looks like Chinese"), containsString("swapped"),
                        containsString("languageCheck=off")));
        // Only the translation in the wrong place.
        files(ZH.getBytes(StandardCharsets.UTF_8), ZH.getBytes(StandardCharsets.UTF_8))
                .when().post("/api/projects/" + project + "/documents")
                .then().statusCode(400)
                .body("field", equalTo("target"))
                .body("detail", containsString("The target file looks like Chinese, not English (en)"));
        assertEquals(before, documents());
        files(EN.getBytes(StandardCharsets.UTF_8), ZH.getBytes(StandardCharsets.UTF_8))
                .multiPart("languageCheck", "off")
                .when().post("/api/projects/" + project + "/documents")
                .then().statusCode(201);
    }

    @Test
    void shouldBlameAWrongCharsetDeclarationWhenTheTextReadInItIsNotInItsLanguage() {
        long project = ApiFixtures.createProject("Misdeclared charset", "zh", "en");
        long before = documents();
        byte[] gb18030 = ZH.getBytes(Charset.forName("GB18030"));
        byte[] en = EN.getBytes(StandardCharsets.UTF_8);
        // declared in the part's Content-Type
        given().multiPart("source", "source.txt", gb18030, "text/plain; charset=latin1")
                .multiPart("target", "target.txt", en, "text/plain")
                .when().post("/api/projects/" + project + "/documents")
                .then().statusCode(400).contentType("application/problem+json")
                .body("field", equalTo("source"))
                .body("detail", allOf(containsString("The source file was read as windows-1252 (declared as"
                                + " latin1), the encoding declared for it in the Content-Type of the source part"),
                        containsString("detected as GB18030"),
                        containsString("Remove the declaration"), containsString("declare the file's real encoding"),
                        containsString("not Chinese (zh)")));
        // declared in the form's field, which wins over the part's Content-Type
        files(gb18030, en).multiPart("sourceCharset", "ISO-8859-1")
                .when().post("/api/projects/" + project + "/documents")
                .then().statusCode(400).body("field", equalTo("source"))
                .body("detail", allOf(containsString("read as windows-1252 (declared as ISO-8859-1), the encoding"
                        + " declared for it in sourceCharset"), containsString("detected as GB18030")));
        // a further translation's file likewise
        long document = ApiFixtures.createDocument(project, "Snow", ZH, EN);
        given().multiPart("target", "de.txt", "Gestern schneite es in Peking stark. Die Kinder freuten sich sehr."
                        .getBytes(StandardCharsets.UTF_16LE), "text/plain")
                .multiPart("targetLanguage", "de").multiPart("targetCharset", "UTF-16BE")
                .when().post("/api/documents/" + document + "/versions")
                .then().statusCode(400).body("field", equalTo("target"))
                .body("detail", allOf(containsString("read as UTF-16BE, the encoding declared for it in"
                        + " targetCharset"), containsString("detected as UTF-16LE")));
        assertEquals(before + 1, documents());
        // without a declaration the message is the language check's own, and the right declaration imports
        files(gb18030, en).multiPart("sourceCharset", "GB18030")
                .when().post("/api/projects/" + project + "/documents").then().statusCode(201);
        files(EN.getBytes(StandardCharsets.UTF_8), en).when().post("/api/projects/" + project + "/documents")
                .then().statusCode(400).body("detail", allOf(containsString("The source file looks like English"),
                        not(containsString("declared"))));
    }

    /** German as a Windows editor saves it: €, – and „“ are bytes 0x80–0x9F of windows-1252. */
    public static final String DE_PRICES = """
            Der Preis betr\u00e4gt 5 \u20ac \u2013 g\u00fcnstig. \u201eGut\u201c, sagte er.
            Die Stra\u00dfenbahn f\u00e4hrt \u00fcber die Br\u00fccke, und die B\u00e4ckerei \u00f6ffnet
            fr\u00fch am Morgen.
            Wir kaufen warme Br\u00f6tchen und trinken einen Kaffee, bevor wir zur Arbeit gehen.
            """;
    public static final String EN_PRICES = """
            The price is 5 \u20ac \u2013 cheap. "Good," he said.
            The tram crosses the bridge, and the bakery opens early in the morning.
            We buy warm rolls and drink a coffee before we go to work.
            """;

    @Test
    void shouldReadAFileDeclaredLatin1AsWindows1252AndRefuseADeclarationThatLeavesControlCharacters() {
        long project = ApiFixtures.createProject("Declared Latin-1", "de", "en");
        byte[] de = DE_PRICES.getBytes(Charset.forName("windows-1252"));
        byte[] en = EN_PRICES.getBytes(StandardCharsets.UTF_8);
        long id = files(de, en).multiPart("sourceCharset", "latin1")
                .when().post("/api/projects/" + project + "/documents")
                .then().statusCode(201).extract().jsonPath().getLong("id");
        String pairs = given().queryParam("limit", 100).get("/api/documents/" + id + "/pairs")
                .then().statusCode(200).extract().asString();
        assertTrue(pairs.contains("5 \u20ac \u2013 g\u00fcnstig") && pairs.contains("\u201eGut\u201c"), pairs);
        assertFalse(pairs.matches("(?s).*[\u0080-\u009f].*"), pairs);
        // ISO-8859-15 reads 0x80 as a C1 control: refused, naming the byte and what to declare, nothing stored
        long before = documents();
        files(de, en).multiPart("sourceCharset", "ISO-8859-15")
                .when().post("/api/projects/" + project + "/documents")
                .then().statusCode(400).contentType("application/problem+json")
                .body("field", equalTo("source"))
                .body("detail", allOf(containsString("The source file: The bytes at offset 20 (line 1: 0x80) read as"
                                + " a control character (U+0080) in ISO-8859-15 (the declared encoding)"),
                        containsString("declare sourceCharset=windows-1252"), not(containsString("\u0080"))));
        assertEquals(before, documents());
        // the advice's own words, charset=X, work as the declaration
        files(DE_PRICES.getBytes(StandardCharsets.UTF_8), en).multiPart("sourceCharset", "charset=UTF-8")
                .when().post("/api/projects/" + project + "/documents")
                .then().statusCode(201);
        assertEquals(before + 1, documents());
    }

    @Test
    void shouldRefuseSwappedPastedTexts() {
        long project = ApiFixtures.createProject("Swapped texts", "zh", "en");
        Map<String, String> swapped = new HashMap<>(Map.of("sourceText", EN, "targetText", ZH));
        given().contentType(ContentType.JSON).body(swapped)
                .when().post("/api/projects/" + project + "/documents")
                .then().statusCode(400).contentType("application/problem+json")
                .body("field", equalTo("sourceText"))
                .body("detail", containsString("The source text looks like English"));
        given().multiPart(DocumentResourceTest.utf8Part("sourceText", EN))
                .multiPart(DocumentResourceTest.utf8Part("targetText", ZH))
                .when().post("/api/projects/" + project + "/documents")
                .then().statusCode(400).body("field", equalTo("sourceText"));
        given().contentType(ContentType.JSON).body(Map.of("sourceText", ZH, "targetText", ZH))
                .when().post("/api/projects/" + project + "/documents")
                .then().statusCode(400).body("field", equalTo("targetText"))
                .body("detail", containsString("The target text looks like Chinese, not English (en)"));
        swapped.put("languageCheck", "maybe");
        given().contentType(ContentType.JSON).body(swapped)
                .when().post("/api/projects/" + project + "/documents")
                .then().statusCode(400).body("field", equalTo("languageCheck"));
        swapped.put("languageCheck", "off");
        given().contentType(ContentType.JSON).body(swapped)
                .when().post("/api/projects/" + project + "/documents")
                .then().statusCode(201);
    }

    @Test
    void shouldRefuseGermanAsTheEnglishSideOfAnEnglishGermanProject() {
        long project = ApiFixtures.createProject("Same script", "en", "de");
        String german = """
                Der Ausschuss traf sich am Dienstag, um über den Haushalt für das kommende Jahr zu beraten. Nach einer
                langen Debatte über die Kosten der neuen Bibliothek beschlossen die Mitglieder, die Entscheidung auf
                das Frühjahr zu verschieben. Der Bürgermeister sagte, die Stadt könne sich den Bau derzeit nicht
                leisten, die Pläne würden aber aufbewahrt. Mehrere Einwohner, die zur Sitzung gekommen waren, um das
                Vorhaben zu unterstützen, gingen enttäuscht nach Hause.
                """;
        String english = """
                The committee met on Tuesday to discuss the budget for the coming year. After a long debate about the
                cost of the new library, the members agreed to postpone the decision until the spring. The mayor said
                that the city could not afford to build it now, but that the plans would be kept. Several residents,
                who had come to the meeting to support the project, went home disappointed.
                """;
        given().contentType(ContentType.JSON).body(Map.of("sourceText", german, "targetText", english))
                .when().post("/api/projects/" + project + "/documents")
                .then().statusCode(400).body("field", equalTo("sourceText"))
                .body("detail", allOf(containsString("looks like German, not English (en)"),
                        containsString("swapped")));
        ApiFixtures.createDocument(project, "Right way round", english, german);

        // One sentence a side, far too short for a text to be judged alone: the two read against each other.
        String shortGerman = "Der Ausschuss traf sich am Dienstag.";
        String shortEnglish = "The committee met on Tuesday.";
        given().contentType(ContentType.JSON).body(Map.of("sourceText", shortGerman, "targetText", shortEnglish))
                .when().post("/api/projects/" + project + "/documents")
                .then().statusCode(400).body("field", equalTo("sourceText"))
                .body("detail", allOf(containsString("looks like German, not English (en)"),
                        containsString("read against the target text, which reads as English"),
                        containsString("seem swapped")));
        ApiFixtures.createDocument(project, "Short, right way round", shortEnglish, shortGerman);
    }

    @Test
    void shouldRefuseAProjectWhoseTwoLanguagesAreEqual() {
        long before = Project.count();
        for (String[] pair : new String[][] {{"en", "en"}, {"EN", "en"}, {"zh-hant", "zh-Hant"}, {"en_US", "en-US"}}) {
            given().contentType(ContentType.JSON)
                    .body(Map.of("name", "Same", "sourceLanguage", pair[0], "targetLanguage", pair[1]))
                    .when().post("/api/projects")
                    .then().statusCode(400).contentType("application/problem+json")
                    .body("field", equalTo("targetLanguage"))
                    .body("detail", containsString("the same as sourceLanguage"));
        }
        // The target defaults to English.
        given().contentType(ContentType.JSON).body(Map.of("name", "Same", "sourceLanguage", "en"))
                .when().post("/api/projects").then().statusCode(400).body("field", equalTo("targetLanguage"));
        assertEquals(before, Project.count());
        ApiFixtures.createProject("Localisation", "en-US", "en-GB");
        ApiFixtures.createProject("Conversion", "zh-Hans", "zh-Hant");
    }
}
