// SPDX-License-Identifier: Apache-2.0
package dev.tandem.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** {@code /api/projects/{id}/segmentation}: SRX 2.0 rules per project, used by imports and previews. */
@QuarkusTest
class SegmentationResourceTest {
    private static final String PASSWORD = "segmentation viewer 1";

    /** Breaks after a period only when "NEXT" follows: a rule nobody would write, so its effect is unmistakable. */
    static final String ODD_RULES = """
            <?xml version="1.0" encoding="UTF-8"?>
            <srx xmlns="http://www.lisa.org/srx20" version="2.0">
              <header segmentsubflows="yes" cascade="yes"/>
              <body>
                <languagerules>
                  <languagerule languagerulename="Odd">
                    <rule break="yes"><beforebreak>\\.</beforebreak><afterbreak>\\sNEXT</afterbreak></rule>
                  </languagerule>
                </languagerules>
                <maprules>
                  <languagemap languagepattern=".*" languagerulename="Odd"/>
                </maprules>
              </body>
            </srx>
            """;

    private static final String TEXT = "One. Two. NEXT three. Four.";
    private static final String XML = "application/xml; charset=UTF-8";

    @Test
    void shouldServeBuiltInRulesUntilTheProjectHasItsOwn() {
        long project = ApiFixtures.createProject("Default rules", "en", "de");
        String path = "/api/projects/" + project + "/segmentation";
        given().get(path).then().statusCode(200).contentType(startsWith("application/xml"))
                .header("Tandem-Segmentation-Rules", "built-in")
                .body(containsString("<srx xmlns=\"http://www.lisa.org/srx20\" version=\"2.0\">"))
                .body(containsString("languagerulename=\"en abbreviations\""));
        // the built-in rules written as SRX are themselves accepted back
        String builtIn = given().get(path).then().extract().asString();
        given().contentType(XML).body(builtIn).put(path).then().statusCode(200)
                .body("rules", equalTo("project"));
        assertEquals(List.of("Dr. Smith came.", "He left."), preview(project, Map.of("text", "Dr. Smith came. He left.")));
    }

    @Test
    void shouldSplitAsBuiltInAfterBuiltInRulesAreSavedBack() {
        long project = ApiFixtures.createProject("Rules saved back", "en", "de");
        String path = "/api/projects/" + project + "/segmentation";
        String text = "I have a headache . . . and I am worried. It rose 3.5 percent at 15 h. 30 today."
                + " \"Stop.\" She left. J. R. R. Tolkien wrote it. Oh . . . What? Fine!";
        List<String> builtIn = preview(project, Map.of("text", text));
        assertEquals(List.of("I have a headache . . . and I am worried.", "It rose 3.5 percent at 15 h. 30 today.",
                "\"Stop.\"", "She left.", "J. R. R. Tolkien wrote it.", "Oh . . .", "What?", "Fine!"), builtIn);
        given().contentType(XML).body(given().get(path).then().extract().asString()).put(path).then().statusCode(200);
        assertEquals(builtIn, preview(project, Map.of("text", text)));
        // adding one abbreviation keeps the rest of the built-in behaviour
        given().contentType(ContentType.JSON).body(Map.of("abbreviations", List.of("bzw.")))
                .put(path + "/abbreviations?language=de").then().statusCode(200);
        assertEquals(builtIn, preview(project, Map.of("text", text)));
    }

    @Test
    void shouldStoreValidRulesAndSplitImportsAndPreviewsWithThem() {
        long project = ApiFixtures.createProject("Odd rules", "en", "de");
        String path = "/api/projects/" + project + "/segmentation";
        assertEquals(List.of("One.", "Two.", "NEXT three.", "Four."), preview(project, Map.of("text", TEXT)));
        given().contentType(XML).body(ODD_RULES).put(path).then().statusCode(200)
                .body("rules", equalTo("project")).body("languageRules", equalTo(1));
        given().get(path).then().statusCode(200).header("Tandem-Segmentation-Rules", "project")
                .body(equalTo(ODD_RULES));
        assertEquals(List.of("One. Two.", "NEXT three. Four."), preview(project, Map.of("text", TEXT)));
        assertEquals(List.of("One. Two.", "NEXT three. Four."), preview(project, Map.of("text", TEXT, "side", "target")));
        // a draft is tried without storing it
        String draft = ODD_RULES.replace("\\sNEXT", "\\sTwo");
        given().contentType(ContentType.JSON).body(Map.of("text", TEXT, "srx", draft)).post(path + "/preview").then()
                .statusCode(200).body("rules", equalTo("draft")).body("sentences", equalTo(List.of("One.", "Two. NEXT three. Four.")));

        long document = document(project, "Odd", TEXT, TEXT);
        given().get("/api/documents/" + document + "/pairs").then().statusCode(200).body("items", hasSize(2))
                .body("items[1].source[0].text", equalTo("NEXT three. Four."));
        // lines stays one sentence per line
        long lines = given().contentType(ContentType.JSON).body(Map.of("title", "Lines", "sourceText", TEXT,
                "targetText", TEXT, "segmentation", "lines", "languageCheck", "off")).post("/api/projects/" + project + "/documents").then()
                .statusCode(201).extract().jsonPath().getLong("id");
        given().get("/api/documents/" + lines + "/pairs").then().body("items", hasSize(1));
        // stateless alignment naming the project splits texts with its rules too
        given().contentType(ContentType.JSON).body(Map.of("project", project, "source", TEXT, "target", TEXT))
                .post("/api/align").then().statusCode(200).body("source", equalTo(List.of("One. Two.", "NEXT three. Four.")));

        given().delete(path).then().statusCode(200).body("rules", equalTo("built-in"))
                .body("resegmented.id", equalTo(List.of((int) document)));
        given().get(path).then().header("Tandem-Segmentation-Rules", "built-in");
        given().get("/api/documents/" + document + "/pairs").then().body("items", hasSize(4));
    }

    @Test
    void shouldRefuseInvalidRulesNamingLineAndRuleAndStoreNothing() {
        long project = ApiFixtures.createProject("Refused rules", "en", "de");
        String path = "/api/projects/" + project + "/segmentation";
        refused(path, ODD_RULES.replace("</body>", ""), "not well-formed");
        refused(path, ODD_RULES.replace("\\.</beforebreak>", "[.</beforebreak>"),
                "Line 7, column 94: Rule 1 of the language rule \"Odd\": its beforebreak \"[.\" is not a valid regular");
        refused(path, ODD_RULES.replace("<srx ", "<!DOCTYPE srx [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>\n<srx "),
                "DOCTYPE");
        refused(path, ODD_RULES.replace("version=\"2.0\"", "version=\"1.0\""), "SRX 2.0");
        refused(path, "<tmx version=\"1.4\"/>", "not <srx>");
        refused(path, "", "no SRX document");
        String huge = ODD_RULES.replace("<body>", "<body>" + "<!--" + "x".repeat(2 << 20) + "-->");
        given().contentType(XML).body(huge).put(path).then().statusCode(413)
                .contentType("application/problem+json");
        given().get(path).then().header("Tandem-Segmentation-Rules", "built-in");
        given().contentType(ContentType.JSON).body(Map.of("text", TEXT, "srx", "<srx/>")).post(path + "/preview").then()
                .statusCode(400).contentType("application/problem+json").body("detail", containsString("SRX 2.0"));
        given().contentType(ContentType.JSON).body(Map.of("text", TEXT, "side", "middle")).post(path + "/preview")
                .then().statusCode(400).body("field", equalTo("side"));
    }

    @Test
    void shouldLetViewersReadButNotChangeOrPreviewRules() {
        long project = ApiFixtures.createProject("Viewed rules", "en", "de");
        String path = "/api/projects/" + project + "/segmentation";
        String viewer = "srx-viewer-" + System.nanoTime() % 1_000_000;
        given().contentType(ContentType.JSON).body(Map.of("username", viewer, "password", PASSWORD, "admin", false))
                .post("/api/users").then().statusCode(201);
        given().contentType(ContentType.JSON).body(Map.of("role", "viewer"))
                .put("/api/projects/" + project + "/members/" + viewer).then().statusCode(201);
        given().auth().preemptive().basic(viewer, PASSWORD).get(path).then().statusCode(200);
        given().auth().preemptive().basic(viewer, PASSWORD).contentType(ContentType.JSON).body(Map.of("text", TEXT))
                .post(path + "/preview").then().statusCode(403);
        given().auth().preemptive().basic(viewer, PASSWORD).contentType(XML).body(ODD_RULES).put(path)
                .then().statusCode(403).contentType("application/problem+json");
        given().auth().preemptive().basic(viewer, PASSWORD).delete(path).then().statusCode(403);
        given().get(path).then().header("Tandem-Segmentation-Rules", "built-in");
    }

    @Test
    void shouldResegmentOnlyDocumentsNobodyReviewedUnlessAskedForAll() {
        long project = ApiFixtures.createProject("Re-segmented", "en", "de");
        String path = "/api/projects/" + project + "/segmentation";
        long untouched = document(project, "Untouched", TEXT, TEXT);
        long reviewed = document(project, "Reviewed", TEXT, TEXT);
        long pair = given().get("/api/documents/" + reviewed + "/pairs").then().extract().jsonPath().getLong("items[0].id");
        given().contentType(ContentType.JSON).header("If-Match", "\"d" + reviewed + "-v1\"")
                .body(Map.of("op", "confirm", "pairs", new long[] {pair}))
                .post("/api/documents/" + reviewed + "/edits").then().statusCode(200);

        given().contentType(XML).body(ODD_RULES).put(path).then().statusCode(200)
                .body("resegmented.id", equalTo(List.of((int) untouched)))
                .body("kept.id", equalTo(List.of((int) reviewed)))
                .body("kept[0].reason", equalTo("1 reviewed pair"))
                .body("message", containsString("1 document re-segmented, 1 kept: \"Reviewed\" (1 reviewed pair)"));
        given().get("/api/documents/" + untouched + "/pairs").then().body("items", hasSize(2));
        given().get("/api/documents/" + reviewed + "/pairs").then().body("items", hasSize(4))
                .body("items[0].status", equalTo("CONFIRMED"));

        given().contentType(XML).body(ODD_RULES).queryParam("resegment", "all").put(path).then()
                .statusCode(200).body("resegmented.id", hasSize(2));
        given().get("/api/documents/" + reviewed + "/pairs").then().body("items", hasSize(2))
                .body("items[0].status", equalTo("AUTO"));
        given().contentType(XML).body(ODD_RULES).queryParam("resegment", "some").put(path).then()
                .statusCode(400).body("field", equalTo("resegment"));
    }

    @Test
    void shouldCarryRulesInTheProjectArchive() {
        long project = ApiFixtures.createProject("Archived rules", "en", "de");
        given().contentType(XML).body(ODD_RULES).put("/api/projects/" + project + "/segmentation").then().statusCode(200);
        byte[] archive = given().get("/api/projects/" + project + "/archive").then().statusCode(200).extract()
                .asByteArray();
        long copy = given().multiPart("file", "project.zip", archive, "application/zip").post("/api/projects/archive")
                .then().statusCode(201).extract().jsonPath().getLong("id");
        given().get("/api/projects/" + copy + "/segmentation").then().statusCode(200)
                .header("Tandem-Segmentation-Rules", "project").body(equalTo(ODD_RULES));
        assertEquals(List.of("One. Two.", "NEXT three. Four."), preview(copy, Map.of("text", TEXT)));
    }

    @Test
    void shouldEditAbbreviationsAsPlainLists() {
        long project = ApiFixtures.createProject("Abbreviations", "en", "eo");
        String path = "/api/projects/" + project + "/segmentation/abbreviations?language=";
        List<String> english = given().get(path + "en").then().statusCode(200).body("language", equalTo("en"))
                .extract().jsonPath().getList("abbreviations", String.class);
        assertTrue(english.containsAll(List.of("Dr.", "Mr.", "e.g.", "No. numeric")), english.toString());
        given().get(path + "eo").then().statusCode(200).body("abbreviations", hasSize(0));
        String text = "Mr. Smith met Sro. Zamenhof. No. 5 is Xyz. Abc.";
        assertEquals(List.of("Mr. Smith met Sro.", "Zamenhof.", "No. 5 is Xyz.", "Abc."),
                preview(project, Map.of("text", text)));

        given().contentType(ContentType.JSON).body(Map.of("abbreviations", List.of("Xyz.", "No. numeric")))
                .put(path + "en").then().statusCode(200).body("rules", equalTo("project"));
        given().contentType(ContentType.JSON).body(Map.of("abbreviations", List.of("Sro.", " ", "k. t. p.")))
                .put(path + "eo").then().statusCode(200);
        given().get(path + "en").then().body("abbreviations", equalTo(List.of("Xyz.", "No. numeric")));
        given().get(path + "eo").then().body("abbreviations", equalTo(List.of("Sro.", "k.t.p.")));
        assertEquals(List.of("Mr.", "Smith met Sro.", "Zamenhof.", "No. 5 is Xyz. Abc."),
                preview(project, Map.of("text", text)));
        // Esperanto has no "No.", but a period before a number and a lowercase word ends no sentence (as built in)
        assertEquals(List.of("Mr.", "Smith met Sro. Zamenhof.", "No. 5 is Xyz.", "Abc."),
                preview(project, Map.of("text", text, "side", "target")));
        // the lists are the SRX's no-break rules
        given().get("/api/projects/" + project + "/segmentation").then()
                .body(containsString("languagerulename=\"eo abbreviations\""))
                .body(containsString("<beforebreak>(?&lt;![\\p{L}\\p{N}.])Sro\\.</beforebreak>"));

        given().contentType(ContentType.JSON).body(Map.of("abbreviations", List.of("Dr")))
                .put(path + "en").then().statusCode(400).body("field", equalTo("abbreviations"))
                .body("detail", containsString("\"Dr\" does not end with a period"));
        given().contentType(ContentType.JSON).body(Map.of("abbreviations", List.of("Dr.")))
                .put(path + "not_a_tag!").then().statusCode(400).body("field", equalTo("language"));
    }

    private static void refused(String path, String body, String detail) {
        given().contentType(XML).body(body).put(path).then().statusCode(400)
                .contentType("application/problem+json").body("detail", containsString(detail));
    }

    /** The same text on both sides: the language check is off. */
    static long document(long project, String title, String source, String target) {
        return given().contentType(ContentType.JSON).body(Map.of("title", title, "sourceText", source,
                "targetText", target, "languageCheck", "off")).post("/api/projects/" + project + "/documents").then()
                .statusCode(201).extract().jsonPath().getLong("id");
    }

    static List<String> preview(long project, Map<String, String> request) {
        return given().contentType(ContentType.JSON).body(request)
                .post("/api/projects/" + project + "/segmentation/preview").then().statusCode(200)
                .extract().jsonPath().getList("sentences", String.class);
    }
}
