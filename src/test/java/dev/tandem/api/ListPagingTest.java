// SPDX-License-Identifier: Apache-2.0
package dev.tandem.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** offset/limit on the project and document lists: arrays in id order, X-Total-Count and Link headers. */
@QuarkusTest
class ListPagingTest {

    @Test
    void shouldPageProjectsInIdOrderWithTotalAndLinks() {
        for (int i = 0; i < 5; i++) {
            ApiFixtures.createProject("Zebra " + (5 - i), "de", "en");
        }
        Response all = given().get("/api/projects");
        all.then().statusCode(200);
        long total = Long.parseLong(all.header("X-Total-Count"));
        List<Long> ids = all.jsonPath().getList("id", Long.class);
        assertEquals(total, ids.size());
        assertEquals(ids.stream().sorted().toList(), ids, "id order, not name order");

        var walked = new ArrayList<Long>();
        String next = "/api/projects?offset=0&limit=2";
        while (next != null) {
            Response page = given().get(next);
            page.then().statusCode(200).header("X-Total-Count", String.valueOf(total));
            walked.addAll(page.jsonPath().getList("id", Long.class));
            next = rel(page.header("Link"), "next");
        }
        assertEquals(ids, walked, "following rel=next visits every project once, in order");

        given().queryParam("offset", 2).queryParam("limit", 2).get("/api/projects").then().statusCode(200)
                .header("Link", containsString("<" + "/api/projects?offset=0&limit=2>; rel=\"prev\""))
                .body("id[0]", equalTo(ids.get(2).intValue()));
        given().queryParam("offset", total).get("/api/projects").then().statusCode(200).body("$", hasSize(0));
        given().queryParam("offset", Integer.MAX_VALUE).queryParam("limit", 1000).get("/api/projects").then()
                .statusCode(200).body("$", hasSize(0));
    }

    @Test
    void shouldPageDocumentsOfAProject() {
        long project = ApiFixtures.createProject("Paged documents", "zh", "en");
        var ids = new ArrayList<Long>();
        for (int i = 0; i < 3; i++) {
            ids.add(ApiFixtures.createDocument(project, "Doc " + i, ApiFixtures.ZH, ApiFixtures.EN));
        }
        String url = "/api/projects/" + project + "/documents";
        given().get(url).then().statusCode(200).header("X-Total-Count", "3").header("Link", nullValue())
                .body("id", equalTo(ids.stream().map(Long::intValue).toList()));
        Response page = given().queryParam("offset", 1).queryParam("limit", 1).get(url);
        page.then().statusCode(200).body("$", hasSize(1)).body("[0].id", equalTo(ids.get(1).intValue()))
                .body("[0].title", equalTo("Doc 1"));
        assertEquals(url + "?offset=2&limit=1", rel(page.header("Link"), "next"));
        assertEquals(url + "?offset=0&limit=1", rel(page.header("Link"), "prev"));
        // past the end, rel=prev leads to the last page that holds items
        Response past = given().queryParam("offset", 7).queryParam("limit", 2).get(url);
        past.then().statusCode(200).body("$", hasSize(0)).header("X-Total-Count", "3");
        assertEquals(url + "?offset=2&limit=2", rel(past.header("Link"), "prev"));
        given().get("/api/projects/9876543/documents").then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void shouldRefuseBadOffsetAndLimitNamingTheField() {
        long project = ApiFixtures.createProject("Bad paging", "zh", "en");
        long document = ApiFixtures.createDocument(project, "Doc", ApiFixtures.ZH, ApiFixtures.EN);
        for (String url : List.of("/api/projects", "/api/projects/" + project + "/documents",
                "/api/documents/" + document + "/pairs")) {
            for (String[] bad : new String[][] {{"offset", "-1"}, {"offset", "abc"}, {"offset", "99999999999"},
                    {"limit", "0"}, {"limit", "1001"}, {"limit", "1.5"}}) {
                given().queryParam(bad[0], bad[1]).get(url).then().statusCode(400)
                        .contentType("application/problem+json").body("field", equalTo(bad[0]));
            }
        }
    }

    /** The target of the Link header's {@code rel}, or null. */
    private static String rel(String link, String rel) {
        if (link == null) {
            return null;
        }
        for (String part : link.split(",\\s*")) {
            if (part.endsWith("rel=\"" + rel + "\"")) {
                String target = part.substring(part.indexOf('<') + 1, part.indexOf('>'));
                assertTrue(target.startsWith("/api/"), target);
                return target;
            }
        }
        return null;
    }
}
