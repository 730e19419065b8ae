// SPDX-License-Identifier: Apache-2.0
package dev.tandem.api;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import java.io.ByteArrayInputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.SchemaFactory;
import net.sf.okapi.lib.xliff2.core.Segment;
import net.sf.okapi.lib.xliff2.core.Unit;
import net.sf.okapi.lib.xliff2.reader.Event;
import net.sf.okapi.lib.xliff2.reader.XLIFFReader;
import org.junit.jupiter.api.Test;

/**
 * The XLIFF 2.0 export through REST: valid against the OASIS core schema (from Okapi's jar, with its copy of the W3C
 * xml.xsd, nothing fetched), read by Okapi's own XLIFF 2 reader with its strictest validation (a real third-party
 * reader: units, states, texts), and imported back into Tandem as the same pairs.
 */
@QuarkusTest
class XliffExportTest {
    private static final String CORE_XSD = "/net/sf/okapi/lib/xliff2/xliff_core_2.0.xsd";

    @Test
    void shouldExportXliffThatTheSchemaOkapiAndTandemAccept() throws Exception {
        long document = ExportFixtures.snowDocument("XLIFF zh-en", "Snow & <report>");
        ExtractableResponse<Response> response = given().get("/api/documents/" + document + "/export?format=xliff")
                .then().statusCode(200).contentType("application/xliff+xml").extract();
        assertTrue(response.header("Content-Disposition").contains(".xlf"), response.header("Content-Disposition"));
        byte[] xliff = response.asByteArray();
        String text = new String(xliff, StandardCharsets.UTF_8);
        assertTrue(text.contains("<xliff xmlns=\"urn:oasis:names:tc:xliff:document:2.0\" version=\"2.0\" srcLang=\"zh\""
                + " trgLang=\"en\">"), text.substring(0, 200));
        validateAgainstOasisSchema(xliff);

        List<Map<String, Object>> expected = ExportFixtures.exportable(document);
        List<Unit> units = readWithOkapi(xliff);
        assertEquals(expected.size(), units.size(), "a unit per exported pair");
        for (int i = 0; i < units.size(); i++) {
            Map<String, Object> pair = expected.get(i);
            Segment segment = (Segment) units.get(i).getPart(0);
            assertEquals("p" + (((Number) pair.get("position")).intValue() + 1), units.get(i).getId());
            assertEquals(ExportFixtures.joined(pair, "source"), segment.getSource().getPlainText(), "unit " + i);
            assertEquals(ExportFixtures.joined(pair, "target"), segment.getTarget().getPlainText(), "unit " + i);
            assertEquals("CONFIRMED".equals(pair.get("status")) ? "final" : "translated",
                    segment.getState().toString(), "unit " + i);
        }
        assertTrue(text.contains("xml:space=\"preserve\""), "the edited target's tab and line break kept");
        assertTrue(text.contains("<note category=\"tandem-confidence\">"), "confidence notes");

        // Round trip: Tandem imports its own XLIFF as the same pairs, an unreviewed one ("translated") unreviewed.
        long project = ApiFixtures.createProject("XLIFF round trip", "zh", "en");
        long imported = given().multiPart("source", "snow.xlf", xliff, "application/xliff+xml")
                .post("/api/projects/" + project + "/documents").then().statusCode(201).extract().jsonPath()
                .getLong("id");
        List<Map<String, Object>> back = ExportFixtures.pairs(imported);
        assertEquals(expected.size(), back.size());
        for (int i = 0; i < back.size(); i++) {
            assertEquals(ExportFixtures.joined(expected.get(i), "source"), ExportFixtures.joined(back.get(i), "source"));
            assertEquals(ExportFixtures.joined(expected.get(i), "target").strip(),
                    ExportFixtures.joined(back.get(i), "target"));
        }
    }

    @Test
    void shouldExportAProjectAsAFilePerDocumentAndAnEmptyExportValid() throws Exception {
        long first = ExportFixtures.snowDocument("XLIFF project", "First");
        long project = ExportFixtures.projectOf(first);
        ApiFixtures.createDocument(project, "Second", ApiFixtures.ZH, ApiFixtures.EN);
        byte[] xliff = given().get("/api/projects/" + project + "/export?format=xliff").then().statusCode(200)
                .extract().asByteArray();
        validateAgainstOasisSchema(xliff);
        String text = new String(xliff, StandardCharsets.UTF_8);
        assertEquals(3, text.split("<file ", -1).length, "a <file> per document");
        assertTrue(text.contains("original=\"Second\""), "named after the document");
        readWithOkapi(xliff);

        // Nothing confirmed in the second document: still a valid XLIFF, with no unit.
        long second = ApiFixtures.createDocument(ApiFixtures.createProject("XLIFF empty", "zh", "en"), "Empty",
                ApiFixtures.ZH, ApiFixtures.EN);
        byte[] empty = given().get("/api/documents/" + second + "/export?format=xliff&status=confirmed")
                .then().statusCode(200).extract().asByteArray();
        validateAgainstOasisSchema(empty);
        assertEquals(0, readWithOkapi(empty).size());
    }

    @Test
    void shouldExportARejectedPairAsAValidInitialSegmentWithTandemsSubState() throws Exception {
        long document = ExportFixtures.snowDocument("XLIFF rejected", "Snow");
        Map<String, Object> bad = ExportFixtures.exportable(document).get(1);
        ExportFixtures.edit(document, Map.of("op", "reject", "pair", bad.get("id")));
        byte[] xliff = given().get("/api/documents/" + document + "/export?format=xliff&status=with-rejected").then()
                .statusCode(200).extract().asByteArray();
        validateAgainstOasisSchema(xliff);
        Unit unit = readWithOkapi(xliff).stream().filter(each -> each.getId().equals("p"
                + (((Number) bad.get("position")).intValue() + 1))).findFirst().orElseThrow();
        Segment segment = (Segment) unit.getPart(0);
        assertEquals("initial", segment.getState().toString());
        assertEquals("tandem:rejected", segment.getSubState());
    }

    /** Validates against the OASIS XLIFF 2.0 core schema; its xml.xsd import resolves inside Okapi's jar. */
    static void validateAgainstOasisSchema(byte[] xliff) throws Exception {
        URL core = XLIFFReader.class.getResource(CORE_XSD);
        assertNotNull(core, "Okapi's jar holds the OASIS schema");
        SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
        factory.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "jar,file"); // local files only, never the network
        factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        var validator = factory.newSchema(core).newValidator();
        validator.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        validator.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
        validator.validate(new StreamSource(new ByteArrayInputStream(xliff)));
    }

    /** The units as Okapi's XLIFF 2 reader reads them, with all of its validation (schemas included). */
    static List<Unit> readWithOkapi(byte[] xliff) {
        List<Unit> units = new ArrayList<>();
        try (XLIFFReader reader = new XLIFFReader(XLIFFReader.VALIDATION_MAXIMAL)) {
            reader.open(new ByteArrayInputStream(xliff));
            while (reader.hasNext()) {
                Event event = reader.next();
                if (event.isUnit()) {
                    units.add(event.getUnit());
                }
            }
        }
        return units;
    }
}
