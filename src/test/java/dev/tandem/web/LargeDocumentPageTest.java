// SPDX-License-Identifier: Apache-2.0
package dev.tandem.web;

import static dev.tandem.testing.BrowserSession.given;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The review page of a 20,000-pair document: last page, filters, text search, a merge at the very start (which
 * moves every later pair) and its undo give the right rows. Their speed is measured by the review benchmark.
 */
@QuarkusTest
class LargeDocumentPageTest {

    @Test
    void shouldServePagesAndEditsOfATwentyThousandPairDocument() {
        long project = WebFixtures.createProject("Large", "en", "de");
        var en = new StringBuilder();
        var de = new StringBuilder();
        for (int i = 1; i <= 20_000; i++) {
            en.append("Line ").append(i).append(" here.\n");
            de.append("Zeile ").append(i).append(" hier.\n");
        }
        long document = WebFixtures.createDocument(project, "Large", en.toString(), de.toString());
        given().get("/documents/" + document + "?page=399").then().statusCode(200); // warm up
        given().get("/documents/" + document + "?page=400").then().statusCode(200)
                .body(containsString("Line 20000 here."));
        given().get("/documents/" + document + "?status=AUTO&below=1.01&page=200")
                .then().statusCode(200).body(containsString("Line 10000 here."));
        given().queryParam("q", "line 19999 ").get("/documents/" + document)
                .then().statusCode(200).body(containsString("1 pair matches"));
        long pair = WebFixtures.pairs(document).getLong("items[0].id");
        long version = WebFixtures.version(document);
        given().contentType("application/x-www-form-urlencoded; charset=UTF-8")
                .formParams(Map.of("op", "merge-pairs", "pair", pair, "baseVersion", version, "page", 1))
                .post("/documents/" + document + "/edit").then().statusCode(200)
                .header("HX-Trigger-After-Settle", "{\"answered\":{\"outcome\":\"done\"}}");
        given().contentType("application/x-www-form-urlencoded; charset=UTF-8")
                .formParams(Map.of("baseVersion", version + 1, "page", 1))
                .post("/documents/" + document + "/undo").then().statusCode(200)
                .header("HX-Trigger-After-Settle", "{\"answered\":{\"outcome\":\"done\"}}");
        assertEquals(20_000, WebFixtures.pairs(document).getInt("total"), "the undo restored every pair");
        given().get("/documents/" + document + "?page=400").then().statusCode(200)
                .body(containsString("Line 20000 here."));
    }
}
