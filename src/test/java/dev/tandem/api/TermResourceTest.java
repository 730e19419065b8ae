// SPDX-License-Identifier: Apache-2.0
package dev.tandem.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tandem.service.ProjectLexicons;
import dev.tandem.testing.TermFixtures;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.SchemaFactory;
import org.junit.jupiter.api.Test;

/**
 * Term candidates over REST: listed from a project's confirmed pairs, accepted (into the exports, the lexicon and the
 * QA check) or rejected (gone from the list); viewers only read; bad input is a problem, not a 500.
 */
@QuarkusTest
class TermResourceTest {
    private static final String PASSWORD = "term reader 1";

    @Inject
    ProjectLexicons lexicons;

    @Test
    void shouldListAcceptAndExportTerms() throws Exception {
        long project = TermFixtures.projectWithTerms("Terms");
        String path = "/api/projects/" + project + "/terms";
        given().get(path).then().statusCode(200)
                .body("find { it.source == '打印机' }.target", equalTo("printer"))
                .body("find { it.source == '打印机' }.frequency", equalTo(5))
                .body("find { it.source == '打印机' }.status", equalTo("open"))
                .body("find { it.source == '打印机' }.examples.size()", equalTo(3))
                .body("find { it.source == '扫描仪' }.target", equalTo("scanner"));
        long printer = TermFixtures.termId(project, "打印机");
        assertFalse(lexicons.forProject(project).translates("打印机", "print"), "not in the lexicon before");

        given().contentType(ContentType.JSON).body(Map.of("decision", "accept")).post(path + "/" + printer)
                .then().statusCode(200).body("status", equalTo("accepted")).body("source", equalTo("打印机"));
        given().get(path + "?status=accepted").then().statusCode(200).body("source", equalTo(List.of("打印机")));
        assertTrue(lexicons.forProject(project).translates("打印机", "print"), "accepted terms join the lexicon");

        String tsv = given().get(path + "/export?format=tsv").then().statusCode(200)
                .header("Content-Disposition", containsString("terms-" + project + ".tsv")).extract().asString();
        assertEquals("source\ttarget\tfrequency\tstatus\n打印机\tprinter\t5\taccepted\n", tsv);
        byte[] tbx = given().get(path + "/export?format=tbx").then().statusCode(200)
                .header("Content-Disposition", containsString(".tbx")).extract().asByteArray();
        String xml = new String(tbx, StandardCharsets.UTF_8);
        assertTrue(xml.contains("<term>打印机</term>") && xml.contains("<term>printer</term>"), xml);
        assertTrue(xml.contains("<tbx xmlns=\"urn:iso:std:iso:30042:ed-2\" type=\"TBX-Basic\" style=\"dca\" xml:lang=\"zh\">"), xml);
        validate(tbx);
    }

    /** Validates against Tandem's TBX-Basic v3 subset schema (src/test/resources/tbx: not the official one, see there). */
    static void validate(byte[] tbx) throws Exception {
        var schema = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI)
                .newSchema(TermResourceTest.class.getResource("/tbx/tbx-basic-v3-tandem-subset.xsd"));
        schema.newValidator().validate(new StreamSource(new ByteArrayInputStream(tbx)));
    }

    @Test
    void shouldNotSuggestRejectedTermsAgain() {
        long project = TermFixtures.projectWithTerms("Rejected terms");
        String path = "/api/projects/" + project + "/terms";
        long scanner = TermFixtures.termId(project, "扫描仪");
        given().contentType(ContentType.JSON).body(Map.of("decision", "reject")).post(path + "/" + scanner)
                .then().statusCode(200).body("status", equalTo("rejected"));
        given().get(path).then().statusCode(200).body("source", not(hasItem("扫描仪")));
        given().get(path + "?status=rejected").then().statusCode(200).body("source", equalTo(List.of("扫描仪")));
        given().get(path + "/export?format=tsv").then().statusCode(200).body(not(containsString("scanner")));
        // A project goes with its decisions (it holds confirmed pairs: the delete names it as seen).
        String seen = given().get("/api/projects/" + project).then().statusCode(200).extract().header("ETag");
        given().header("If-Match", seen).delete("/api/projects/" + project).then().statusCode(204);
        given().get(path).then().statusCode(404);
    }

    @Test
    void shouldFlagPairsTranslatingAnAcceptedTermOtherwise() {
        long project = TermFixtures.projectWithTerms("Term QA");
        long document = ApiFixtures.createDocument(project, "Other words", "打印机坏了。\n\n今天下雨。",
                "The device is broken.\n\nIt rains today.");
        given().get("/api/documents/" + document + "/pairs?flag=term").then().statusCode(200).body("total", equalTo(0));
        given().contentType(ContentType.JSON).body(Map.of("decision", "accept"))
                .post("/api/projects/" + project + "/terms/" + TermFixtures.termId(project, "打印机")).then().statusCode(200);
        given().get("/api/documents/" + document + "/pairs?flag=term").then().statusCode(200).body("total", equalTo(1))
                .body("items[0].source[0].text", equalTo("打印机坏了。"))
                .body("items[0].flags.code", hasItem("term"));
        // A new document is checked as it is stored; a pair with the accepted translation is not flagged.
        long later = ApiFixtures.createDocument(project, "Later", "打印机坏了。\n\n打印机没有纸。",
                "The machine is broken.\n\nThe printers have no paper.");
        given().get("/api/documents/" + later + "/pairs?flag=term").then().statusCode(200).body("total", equalTo(1))
                .body("items[0].target[0].text", equalTo("The machine is broken."));
        // Rejecting the term takes the flags away again.
        given().contentType(ContentType.JSON).body(Map.of("decision", "reject"))
                .post("/api/projects/" + project + "/terms/" + TermFixtures.termId(project, "打印机")).then().statusCode(200);
        given().get("/api/documents/" + document + "/pairs?flag=term").then().statusCode(200).body("total", equalTo(0));
    }

    @Test
    void shouldRefuseBadDecisionsUnknownTermsAndViewers() {
        long project = TermFixtures.projectWithTerms("Term errors");
        String path = "/api/projects/" + project + "/terms";
        long printer = TermFixtures.termId(project, "打印机");
        given().contentType(ContentType.JSON).body(Map.of("decision", "maybe")).post(path + "/" + printer)
                .then().statusCode(400).contentType("application/problem+json")
                .body("detail", containsString("accept or reject"));
        given().contentType(ContentType.JSON).body(Map.of()).post(path + "/" + printer)
                .then().statusCode(400).contentType("application/problem+json");
        given().contentType(ContentType.JSON).body(Map.of("decision", "accept")).post(path + "/12345")
                .then().statusCode(404).contentType("application/problem+json")
                .body("detail", containsString("no term with id 12345"));
        given().get(path + "/export?format=csv").then().statusCode(400).contentType("application/problem+json")
                .body("detail", containsString("tsv or tbx"));
        given().get(path + "?status=maybe").then().statusCode(400).contentType("application/problem+json");
        given().get("/api/projects/987654321/terms").then().statusCode(404);

        String viewer = "term-viewer-" + System.nanoTime() % 1_000_000;
        given().contentType(ContentType.JSON).body(Map.of("username", viewer, "password", PASSWORD, "admin", false))
                .post("/api/users").then().statusCode(201);
        given().contentType(ContentType.JSON).body(Map.of("role", "viewer"))
                .put("/api/projects/" + project + "/members/" + viewer).then().statusCode(201);
        given().auth().preemptive().basic(viewer, PASSWORD).get(path).then().statusCode(200)
                .body("source", hasItem("打印机"));
        given().auth().preemptive().basic(viewer, PASSWORD).contentType(ContentType.JSON)
                .body(Map.of("decision", "accept")).post(path + "/" + printer).then().statusCode(403);
        given().get(path).then().statusCode(200).body("find { it.source == '打印机' }.status", equalTo("open"));
    }
}
