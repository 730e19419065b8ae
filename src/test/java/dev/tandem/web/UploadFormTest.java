// SPDX-License-Identifier: Apache-2.0
package dev.tandem.web;

import static dev.tandem.testing.BrowserSession.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.emptyString;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tandem.api.DocumentResourceTest;
import dev.tandem.api.TextTrustTest;
import io.quarkus.test.junit.QuarkusTest;
import java.nio.charset.StandardCharsets;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

/**
 * The project page's upload form as htmx sends it (HX-Request): a refusal answers only the form's messages, out of
 * band, so the page and its chosen files stay; a success answers HX-Redirect. The preview splits the texts as an
 * upload would and stores nothing.
 */
@QuarkusTest
class UploadFormTest {
    private static final String CHAPTERS = "Chapter One\nIt was late.\n\nChapter Two\nIt was early.\n";

    @Test
    void shouldAnswerAnHtmxRefusalWithTheFormsMessagesOnly() {
        long project = WebFixtures.createProject("Refused in the background", "zh", "en");
        given().header("HX-Request", "true")
                .multiPart(DocumentResourceTest.utf8Part("sourceText", TextTrustTest.ZH))
                .multiPart("target", "snow-zh.txt", TextTrustTest.ZH.getBytes(StandardCharsets.UTF_8), "text/plain")
                .when().post("/projects/" + project + "/documents")
                .then().statusCode(400)
                .header("Tandem-Form-Refusal", "upload")
                .header("HX-Redirect", nullValue())
                .body(not(containsString("<html")))
                .body(not(containsString("Add a document")))
                .body(containsString("<div id=\"upload-error-target\" class=\"form-message\" hx-swap-oob=\"innerHTML\">"
                        + "<p class=\"field-error\">The target"))
                .body(containsString("not English (en)"))
                .body(containsString("<div id=\"upload-error-source\" class=\"form-message\" hx-swap-oob=\"innerHTML\"></div>"))
                .body(containsString("name=\"languageCheck\" value=\"off\""))
                .body(matchesPattern("(?s).*<input type=\"hidden\" id=\"import-key\" name=\"importKey\" value=\"[0-9a-f-]{36}\""
                        + " hx-swap-oob=\"true\">.*"));
        // the messages use the form's words, not the API's field names
        given().header("HX-Request", "true")
                .multiPart(DocumentResourceTest.utf8Part("sourceText", "你好。"))
                .when().post("/projects/" + project + "/documents")
                .then().statusCode(400).header("Tandem-Form-Refusal", "upload")
                .body(containsString("The target is missing or empty: upload a target file or paste the text into"
                        + " the translation&#39;s text box."));
        assertEquals(0, given().get("/api/projects/" + project + "/documents").jsonPath().getList("id").size());
    }

    @Test
    void shouldAdviseAnEncodingInTheFormsWordsAndTakeTheAdvicesOwnWords() {
        long project = WebFixtures.createProject("Encoding advice", "de", "en");
        byte[] de = TextTrustTest.DE_PRICES.getBytes(java.nio.charset.Charset.forName("windows-1252"));
        given().header("HX-Request", "true")
                .multiPart("source", "preise.txt", de, "text/plain").multiPart("sourceCharset", "ISO-8859-15")
                .multiPart(DocumentResourceTest.utf8Part("targetText", TextTrustTest.EN_PRICES))
                .when().post("/projects/" + project + "/documents")
                .then().statusCode(400).header("Tandem-Form-Refusal", "upload")
                .body(containsString("read as a control character (U+0080) in ISO-8859-15"))
                .body(containsString("choose windows-1252 under the original&#39;s Encoding, or save the file as"
                        + " UTF-8."))
                .body(not(containsString("charset=")));
        assertEquals(0, given().get("/api/projects/" + project + "/documents").jsonPath().getList("id").size());
        given().header("HX-Request", "true").redirects().follow(false)
                .multiPart("source", "preise.txt", de, "text/plain").multiPart("sourceCharset", "charset=windows-1252")
                .multiPart(DocumentResourceTest.utf8Part("targetText", TextTrustTest.EN_PRICES))
                .when().post("/projects/" + project + "/documents")
                .then().statusCode(200)
                .header("HX-Redirect", matchesPattern("/(documents/\\d+\\?uploaded=1|jobs/\\d+)"));
    }

    @Test
    void shouldSayWhyTheSameFormSentAgainWithOtherTextsIsRefused() {
        // the browser's back button brings the form back with its key; the translator changes a text and sends it
        long project = WebFixtures.createProject("Sent twice", "en", "de");
        String key = java.util.UUID.randomUUID().toString();
        given().redirects().follow(false).multiPart(DocumentResourceTest.utf8Part("importKey", key))
                .multiPart(DocumentResourceTest.utf8Part("sourceText", "It was late. We left."))
                .multiPart(DocumentResourceTest.utf8Part("targetText", "Es war spät. Wir gingen."))
                .when().post("/projects/" + project + "/documents").then().statusCode(303);
        for (String htmx : new String[] {"true", "false"}) {
            given().header("HX-Request", htmx).redirects().follow(false)
                    .multiPart(DocumentResourceTest.utf8Part("importKey", key))
                    .multiPart(DocumentResourceTest.utf8Part("sourceText", "It was early. We stayed."))
                    .multiPart(DocumentResourceTest.utf8Part("targetText", "Es war früh. Wir blieben."))
                    .when().post("/projects/" + project + "/documents")
                    .then().statusCode(422).contentType(containsString("text/html"))
                    .body(containsString("This form was sent before with other texts"));
        }
        assertEquals(1, given().get("/api/projects/" + project + "/documents").jsonPath().getList("id").size());
    }

    /**
     * Found by a team lead: a corrected chapter uploaded again under its title made a second "Chapter 3" beside the
     * first, silently; the team then reviewed both. The uploader is now told where the upload lands.
     */
    @Test
    void shouldTellAnUploaderThatTheProjectAlreadyHoldsADocumentOfThatTitle() {
        long project = WebFixtures.createProject("Namesakes", "en", "de");
        String first = upload(project, "Chapter 3");
        String firstPage = given().get(first).then().statusCode(200).extract().asString();
        assertFalse(firstPage.contains("already holds"), "the first of its title: nothing to say");

        String second = upload(project, "chapter 3 ");
        given().get(second).then().statusCode(200)
                .body(containsString("This project already holds a document called “Chapter 3” (uploaded "))
                .body(containsString("If it replaces the older one, delete that one on the project page."));
        given().get(second.replace("?uploaded=1", "")).then().statusCode(200)
                .body(not(containsString("already holds"))); // said on arrival, not on every visit

        long other = WebFixtures.createProject("Other namesakes", "en", "de");
        given().get(upload(other, "Chapter 3")).then().statusCode(200)
                .body(not(containsString("already holds"))); // another project's titles are its own
    }

    /**
     * Found by an operator: uploads waited in /tmp/uploads, one folder for every user of the machine; made by another
     * user (Tandem run once as root), it refused every upload with a 500, and it was readable by every user. Tandem's
     * folder is its user's own.
     */
    @Test
    void shouldStageUploadsInAFolderOfItsUsersOwn() throws IOException {
        String folder = ConfigProvider.getConfig().getValue("quarkus.http.body.uploads-directory", String.class);
        assertEquals(Path.of(System.getProperty("java.io.tmpdir"), "tandem-uploads-" + System.getProperty("user.name")),
                Path.of(folder));
        assertTrue(upload(WebFixtures.createProject("Staged", "en", "de"), "Staged").contains("/documents/"));
        // clients' texts wait there: for this user's eyes only
        assertEquals("rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(Path.of(folder))));
    }

    private static String upload(long project, String title) {
        return given().redirects().follow(false)
                .multiPart(DocumentResourceTest.utf8Part("title", title))
                .multiPart(DocumentResourceTest.utf8Part("sourceText", "It was late. We left."))
                .multiPart(DocumentResourceTest.utf8Part("targetText", "Es war spät. Wir gingen."))
                .when().post("/projects/" + project + "/documents")
                .then().statusCode(303).extract().header("Location");
    }

    @Test
    void shouldAnswerAnHtmxUploadWithHxRedirectWhereThePlainPostRedirects() {
        long project = WebFixtures.createProject("Sent in the background", "en", "de");
        String location = given().header("HX-Request", "true").redirects().follow(false)
                .multiPart("source", "original.txt", "It was late. We left.".getBytes(StandardCharsets.UTF_8),
                        "text/plain")
                .multiPart(DocumentResourceTest.utf8Part("targetText", "Es war spät. Wir gingen."))
                .when().post("/projects/" + project + "/documents")
                .then().statusCode(200)
                .header("Location", nullValue())
                .header("HX-Redirect", matchesPattern("/(documents/\\d+\\?uploaded=1|jobs/\\d+)"))
                .body(emptyString())
                .extract().header("HX-Redirect");
        given().get(location).then().statusCode(200).body(containsString("original.txt"));
    }

    @Test
    void shouldPreviewWhatABilingualFileLeavesOut() {
        long project = WebFixtures.createProject("Preview left out", "fr", "de");
        String xliff = """
                <?xml version="1.0" encoding="UTF-8"?>
                <xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2">
                  <file original="a.txt" source-language="fr" target-language="en" datatype="plaintext"><body>
                    <trans-unit id="1"><source>Bonjour.</source><target>Hello.</target></trans-unit></body></file>
                  <file original="a.txt" source-language="fr" target-language="de" datatype="plaintext"><body>
                    <trans-unit id="1"><source>Bonjour<x id="1"/>tout le monde.</source>
                      <target>Hallo<x id="1"/>zusammen.</target></trans-unit>
                    <trans-unit id="2"><source><x id="2"/></source><target><x id="2"/></target></trans-unit></body></file>
                </xliff>
                """;
        given().header("HX-Request", "true")
                .multiPart("source", "two.xlf", xliff.getBytes(StandardCharsets.UTF_8), "application/xliff+xml")
                .when().post("/projects/" + project + "/preview")
                .then().statusCode(200)
                .body(containsString("Left out: 1 unit holding only inline codes (tags, placeholders), with no text"
                        + " to align; the &lt;file&gt; elements in other languages than the project&#39;s (fr -&gt; en)."))
                .body(containsString("Bonjour tout le monde."))
                .body(containsString("Hallo zusammen."));
        assertEquals(0, given().get("/api/projects/" + project + "/documents").jsonPath().getList("id").size());
    }

    @Test
    void shouldPreviewTheSentencesAndSayHowLineBreaksWereReadStoringNothing() {
        long project = WebFixtures.createProject("Preview", "en", "de");
        String many = IntStream.rangeClosed(1, 25).mapToObj(i -> "Satz Nummer " + i + ".")
                .collect(Collectors.joining("\n"));
        given().header("HX-Request", "true")
                .multiPart("source", "chapters.txt", CHAPTERS.getBytes(StandardCharsets.UTF_8), "text/plain")
                .multiPart(DocumentResourceTest.utf8Part("targetText", many))
                .multiPart("segmentation", "auto")
                .when().post("/projects/" + project + "/preview")
                .then().statusCode(200)
                .header("Tandem-Form-Refusal", nullValue())
                .body(not(containsString("<html")))
                .body(containsString("Original: blank lines separate paragraphs; single line breaks inside a"
                        + " paragraph were joined into sentences. Translation: each line is a paragraph"))
                .body(containsString("import the document again with “one sentence per line, as given”"))
                .body(containsString("Original: 2 sentences in 2 paragraphs"))
                .body(containsString("Chapter One <span class=\"joined-break\" title=\"a line break read as a space\">↵</span> It was late."))
                .body(containsString("Translation: 25 sentences in 25 paragraphs"))
                .body(containsString("Satz Nummer 20."))
                .body(not(containsString("Satz Nummer 21.")))
                .body(containsString("… and 5 more."));
        // one sentence per line: the chapter headings are sentences of their own
        given().header("HX-Request", "true")
                .multiPart("source", "chapters.txt", CHAPTERS.getBytes(StandardCharsets.UTF_8), "text/plain")
                .multiPart(DocumentResourceTest.utf8Part("targetText", many))
                .multiPart("segmentation", "lines")
                .when().post("/projects/" + project + "/preview")
                .then().statusCode(200)
                .body(containsString("Both sides: each line is one sentence, as given."))
                .body(containsString("Original: 4 sentences in 2 paragraphs"))
                .body(containsString(">Chapter One</li>"))
                .body(not(containsString("joined-break\"")));
        assertEquals(0, given().get("/api/projects/" + project + "/documents").jsonPath().getList("id").size());
    }

    @Test
    void shouldRefuseAPreviewAsTheUploadWouldInTheFormsWords() {
        long project = WebFixtures.createProject("Preview refused", "en", "de");
        given().header("HX-Request", "true")
                .multiPart(DocumentResourceTest.utf8Part("sourceText", "It was late."))
                .when().post("/projects/" + project + "/preview")
                .then().statusCode(400).header("Tandem-Form-Refusal", "preview")
                .body(containsString("<p class=\"field-error\">The target is missing or empty: upload a target file or"
                        + " paste the text into the translation&#39;s text box.</p>"));
        // a language refusal offers the box that skips the check, next to the form's other fields
        given().header("HX-Request", "true")
                .multiPart(DocumentResourceTest.utf8Part("sourceText", TextTrustTest.EN))
                .multiPart(DocumentResourceTest.utf8Part("targetText", TextTrustTest.ZH))
                .when().post("/projects/" + project + "/preview")
                .then().statusCode(400).header("Tandem-Form-Refusal", "preview")
                .body(containsString("The target text looks like Chinese"))
                .body(containsString("tick “Import anyway” under Sentences and send the form again."))
                .body(containsString("<div id=\"upload-language-override\" hx-swap-oob=\"innerHTML\"><label>"
                        + "<input type=\"checkbox\" name=\"languageCheck\" value=\"off\""));
        given().header("HX-Request", "true")
                .multiPart(DocumentResourceTest.utf8Part("sourceText", TextTrustTest.EN))
                .multiPart(DocumentResourceTest.utf8Part("targetText", TextTrustTest.ZH))
                .multiPart("languageCheck", "off")
                .when().post("/projects/" + project + "/preview")
                .then().statusCode(200).body(containsString(">北京昨天下了一场大雪。</li>"));
        byte[] large = new byte[1_100_000];
        java.util.Arrays.fill(large, (byte) 'a');
        given().header("HX-Request", "true")
                .multiPart("source", "large.txt", large, "text/plain")
                .multiPart(DocumentResourceTest.utf8Part("targetText", "Es war spät."))
                .when().post("/projects/" + project + "/preview")
                .then().statusCode(413).header("Tandem-Form-Refusal", "preview")
                .body(containsString("The source file has 1100000 bytes; the limit is"));
    }

    /** A translation memory alone as the original: its units are the sentences, no line break is read. */
    @Test
    void shouldPreviewTheUnitsOfABilingualFile() {
        long project = WebFixtures.createProject("Preview a memory", "ja", "en");
        String tmx = """
                <?xml version="1.0"?>
                <tmx version="1.4"><header srclang="ja" creationtool="x" creationtoolversion="1" segtype="sentence"
                 o-tmf="x" adminlang="en" datatype="plaintext"/><body>
                <tu><tuv xml:lang="ja"><seg>こんにちは。</seg></tuv><tuv xml:lang="en"><seg>Hello.</seg></tuv></tu>
                <tu><tuv xml:lang="ja"><seg>さようなら。</seg></tuv><tuv xml:lang="en"><seg>Goodbye.</seg></tuv></tu>
                </body></tmx>
                """;
        given().header("HX-Request", "true")
                .multiPart("source", "memory.tmx", tmx.getBytes(StandardCharsets.UTF_8), "application/xml")
                .when().post("/projects/" + project + "/preview")
                .then().statusCode(200)
                .body(containsString("Both sides: each unit of the file is one sentence."))
                .body(containsString("Original: 2 sentences in 2 paragraphs"))
                .body(containsString(">さようなら。</li>"))
                .body(containsString(">Goodbye.</li>"));
        assertEquals(0, given().get("/api/projects/" + project + "/documents").jsonPath().getList("id").size());
    }

    /** Without JavaScript the preview button posts the form: the project page comes back with the preview. */
    @Test
    void shouldShowThePreviewOnTheProjectPageWithoutJavaScript() {
        long project = WebFixtures.createProject("Preview without htmx", "en", "de");
        given().multiPart("title", "Kept title")
                .multiPart(DocumentResourceTest.utf8Part("sourceText", CHAPTERS))
                .multiPart(DocumentResourceTest.utf8Part("targetText", "Kapitel eins\nEs war spät."))
                .when().post("/projects/" + project + "/preview")
                .then().statusCode(200)
                .body(containsString("Add a document"))
                .body(containsString("value=\"Kept title\""))
                .body(containsString("Original: 2 sentences in 2 paragraphs"))
                .body(containsString("Translation: 2 sentences in 2 paragraphs"));
        assertEquals(0, given().get("/api/projects/" + project + "/documents").jsonPath().getList("id").size());
    }

    /**
     * A file of blanks or only a byte order mark is named as the file that was chosen, on its field ({@code source},
     * the file's part), over REST and on the page; not as an empty paste box.
     */
    @Test
    void shouldNameABlankFileAsTheFileNotThePasteBox() {
        long project = WebFixtures.createProject("Blank files", "de", "en");
        byte[] blanks = " \n\n\t \r\n".getBytes(StandardCharsets.UTF_8);
        byte[] bomOnly = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        for (byte[] bytes : new byte[][] {blanks, bomOnly}) {
            given().multiPart("source", "blank.txt", bytes, "text/plain").multiPart("targetText", "One.")
                    .when().post("/api/projects/" + project + "/documents")
                    .then().statusCode(400).contentType("application/problem+json")
                    .body("field", org.hamcrest.Matchers.equalTo("source"))
                    .body("detail", containsString("The source file blank.txt has no text (only blanks, line breaks"
                            + " or a byte order mark)"))
                    .body("detail", not(containsString("sourceText is empty")));
        }
        // the page: in the original's slot, in the form's words, with and without htmx; the preview says the same
        given().multiPart("source", "blank.txt", blanks, "text/plain").multiPart("targetText", "One.")
                .when().post("/projects/" + project + "/documents")
                .then().statusCode(400)
                .body(containsString("<div id=\"upload-error-source\" class=\"form-message\" aria-live=\"polite\">"
                        + "<p class=\"field-error\">The source file blank.txt has no text"))
                .body(containsString("or paste the text into the original&#39;s text box."))
                .body(not(containsString("text box is empty")));
        given().header("HX-Request", "true")
                .multiPart("source", "bom.txt", bomOnly, "text/plain").multiPart("targetText", "One.")
                .when().post("/projects/" + project + "/documents")
                .then().statusCode(400).header("Tandem-Form-Refusal", "upload")
                .body(containsString("<div id=\"upload-error-source\" class=\"form-message\" hx-swap-oob=\"innerHTML\">"
                        + "<p class=\"field-error\">The source file bom.txt has no text"));
        given().header("HX-Request", "true")
                .multiPart("source", "blank.txt", blanks, "text/plain").multiPart("targetText", "One.")
                .when().post("/projects/" + project + "/preview")
                .then().statusCode(400).body(containsString("The source file blank.txt has no text"));
        assertEquals(0, given().get("/api/projects/" + project + "/documents").jsonPath().getList("id").size());
    }
}
