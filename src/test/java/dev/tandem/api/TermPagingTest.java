// SPDX-License-Identifier: Apache-2.0
package dev.tandem.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.tandem.testing.TermFixtures;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The term list over REST cuts nothing silently: it pages like the other lists (X-Total-Count, Link next/prev), finds
 * terms by their text, says how many pairs it read, and keeps decisions when an edit makes it find the candidates again.
 */
@QuarkusTest
class TermPagingTest {

    @Test
    void shouldPageEveryCandidateWithTheTotalAndLinks() {
        long project = TermFixtures.projectWithManyTerms("Many terms", 1030);
        String path = "/api/projects/" + project + "/terms";
        List<String> first = given().get(path).then().statusCode(200)
                .header("X-Total-Count", "1030").header("X-Pairs-Read", "2060").header("X-Pairs-Total", "2060")
                .header("Link", "<" + path + "?offset=1000&limit=1000>; rel=\"next\"")
                .body("$", hasSize(1000)).extract().jsonPath().getList("source");
        List<String> rest = given().get(path + "?offset=1000").then().statusCode(200)
                .header("X-Total-Count", "1030").header("Link", containsString("offset=0&limit=1000>; rel=\"prev\""))
                .header("Link", org.hamcrest.Matchers.not(containsString("next")))
                .body("$", hasSize(30)).extract().jsonPath().getList("source");
        assertEquals(1030, java.util.stream.Stream.concat(first.stream(), rest.stream()).distinct().count(),
                "every candidate once, none cut at 1,000");

        given().get(path + "?offset=10&limit=5").then().statusCode(200).body("$", hasSize(5))
                .header("Link", containsString("<" + path + "?offset=15&limit=5>; rel=\"next\""))
                .header("Link", containsString("<" + path + "?offset=5&limit=5>; rel=\"prev\""))
                .body("source", equalTo(first.subList(10, 15)));
    }

    @Test
    void shouldFindTermsHoldingText() {
        long project = TermFixtures.projectWithTerms("Findable terms");
        String path = "/api/projects/" + project + "/terms";
        given().get(path + "?q=SCAN").then().statusCode(200).header("X-Total-Count", "1")
                .body("source", equalTo(List.of("扫描仪"))).body("[0].target", equalTo("scanner"));
        given().get(path + "?q=打印").then().statusCode(200).body("target", equalTo(List.of("printer")));
        given().get(path + "?q=nothing-like-it").then().statusCode(200).header("X-Total-Count", "0")
                .body("$", hasSize(0)).header("Link", nullValue());
    }

    @Test
    void shouldRefuseBadPagingAsProblems() {
        long project = TermFixtures.projectWithTerms("Badly paged terms");
        String path = "/api/projects/" + project + "/terms";
        given().get(path + "?limit=0").then().statusCode(400).contentType("application/problem+json")
                .body("detail", containsString("limit must be between 1 and 1000"));
        given().get(path + "?limit=1001").then().statusCode(400).contentType("application/problem+json");
        given().get(path + "?offset=abc").then().statusCode(400).contentType("application/problem+json")
                .body("detail", containsString("offset 'abc' is not a whole number"));
        given().get(path + "?offset=-1").then().statusCode(400).contentType("application/problem+json");
    }

    @Test
    void shouldKeepDecisionsWhenAnEditedConfirmedPairChangesTheCandidates() {
        long project = TermFixtures.projectWithTerms("Edited terms");
        String path = "/api/projects/" + project + "/terms";
        long printer = TermFixtures.termId(project, "打印机");
        long scanner = TermFixtures.termId(project, "扫描仪");
        given().contentType(ContentType.JSON).body(Map.of("decision", "accept")).post(path + "/" + printer)
                .then().statusCode(200);
        given().contentType(ContentType.JSON).body(Map.of("decision", "reject")).post(path + "/" + scanner)
                .then().statusCode(200);

        // "The printer is broken." becomes "The machine is broken.": one pair fewer holds both
        long document = given().get("/api/projects/" + project + "/documents").then().statusCode(200)
                .extract().jsonPath().getLong("[0].id");
        long version = given().get("/api/documents/" + document).then().statusCode(200)
                .extract().jsonPath().getLong("version");
        given().contentType(ContentType.JSON).body(Map.of("op", "edit-text", "side", "target", "index", 0,
                        "text", "The machine is broken.", "baseVersion", version))
                .post("/api/documents/" + document + "/edits").then().statusCode(200);

        given().get(path + "?status=all").then().statusCode(200)
                .body("find { it.id == " + printer + " }.frequency", equalTo(4))
                .body("find { it.id == " + printer + " }.status", equalTo("accepted"))
                .body("find { it.id == " + scanner + " }.status", equalTo("rejected"));
        given().get(path).then().statusCode(200).body("find { it.id == " + scanner + " }", nullValue());
        given().get(path + "?status=accepted").then().statusCode(200).body("source", equalTo(List.of("打印机")));
    }
}
