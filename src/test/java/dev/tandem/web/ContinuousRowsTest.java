// SPDX-License-Identifier: Apache-2.0
package dev.tandem.web;

import static dev.tandem.testing.BrowserSession.given;
import static dev.tandem.web.WebFixtures.pairId;
import static dev.tandem.web.WebFixtures.version;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The review page as one continuous list: it opens with a page's worth of rows and loads the rows before and after
 * them from cursors (the position of the first or last row it holds), under its filters; a structural change redraws
 * the rows from the change to the last one the page held.
 */
@QuarkusTest
class ContinuousRowsTest {
    private static final Pattern POSITION = Pattern.compile("data-position=\"(\\d+)\"");
    private long document;

    @BeforeEach
    void createDocument() {
        long project = WebFixtures.createProject("Continuous", "en", "de");
        var en = new StringBuilder();
        var de = new StringBuilder();
        for (int i = 1; i <= 130; i++) {
            en.append("Line ").append(i).append(" of the text.\n");
            de.append("Zeile ").append(i).append(" des Textes.\n");
        }
        document = WebFixtures.createDocument(project, "Long", en.toString(), de.toString());
    }

    @Test
    void shouldOpenWithAPageOfRowsAndLoadTheRestFromCursors() {
        String page = get("/documents/" + document);
        assertEquals(range(0, 49), positions(page));
        assertTrue(page.contains("hx-get=\"/documents/" + document + "/rows?after=49\""), page);
        assertFalse(page.contains("class=\"more before\""), "nothing before the first row");

        String next = get("/documents/" + document + "/rows?after=49");
        assertEquals(range(50, 99), positions(next));
        assertTrue(next.contains("/rows?after=99\""), next);
        String last = get("/documents/" + document + "/rows?after=99");
        assertEquals(range(100, 129), positions(last));
        assertFalse(last.contains("class=\"more"), "nothing after the last row");

        String earlier = get("/documents/" + document + "/rows?before=100");
        assertEquals(range(50, 99), positions(earlier));
        assertTrue(earlier.contains("class=\"more before\"") && earlier.contains("/rows?before=50\""), earlier);
        assertEquals(range(0, 49), positions(get("/documents/" + document + "/rows?before=50")));
        assertEquals(List.of(), positions(get("/documents/" + document + "/rows?after=500")));
        assertEquals(range(0, 49), positions(get("/documents/" + document + "/rows?after=abc")),
                "a position that is no number (an edited link) means the start, as filters are read leniently");
    }

    @Test
    void shouldOpenAroundALinkedPairWithRowsAboveIt() {
        long eightieth = pairId(document, 79);
        String page = get("/documents/" + document + "?focus=" + eightieth);
        assertEquals(range(69, 118), positions(page).subList(0, 50));
        assertEquals(60, positions(page).size(), "ten rows above the pair, a page's worth from it");
        assertTrue(page.contains("/rows?before=69\"") && page.contains("/rows?after=128\""), page);
        assertTrue(page.contains("data-focus=\"" + eightieth + "\""));

        given().redirects().follow(false).get("/documents/" + document + "/go?number=80").then().statusCode(303)
                .header("Location", org.hamcrest.Matchers.endsWith("focus=" + eightieth));
        given().redirects().follow(false).get("/documents/" + document + "/go?number=9999").then().statusCode(303)
                .header("Location", org.hamcrest.Matchers.endsWith("&at=last"));
        given().redirects().follow(false).get("/documents/" + document + "/go?number=first").then().statusCode(303)
                .header("Location", org.hamcrest.Matchers.endsWith("focus=" + pairId(document, 0)));
    }

    @Test
    void shouldLoadMoreUnderTheFilters() {
        // "line 1" is in lines 1, 10–19 and 100–130: 42 rows at positions 0, 9–18 and 99–129
        List<Integer> matching = positions(rows(Map.of("q", "line 1", "after", -1)));
        assertEquals(42, matching.size());
        assertEquals(List.of(0, 9, 10), matching.subList(0, 3));
        assertEquals(List.of(0, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18),
                positions(rows(Map.of("q", "line 1", "before", 99))));
        String first = rows(Map.of("q", "of the", "after", -1));
        assertTrue(first.contains("/rows?q=of+the&amp;after=49\""), first);
        assertEquals(range(50, 99), positions(rows(Map.of("q", "of the", "after", 49))));
    }

    private String rows(Map<String, Object> query) {
        return given().queryParams(query).get("/documents/" + document + "/rows").then().statusCode(200).extract()
                .asString();
    }

    @Test
    void shouldRedrawFromAStructuralChangeToTheLastRowThePageHeld() {
        long sixtyFirst = pairId(document, 60);
        Response merged = given().contentType("application/x-www-form-urlencoded; charset=UTF-8")
                .formParams(Map.of("op", "merge-pairs", "pair", sixtyFirst, "baseVersion", version(document),
                        "firstPosition", 0, "lastPosition", 99, "current", sixtyFirst))
                .header("HX-Request", "true").post("/documents/" + document + "/edit")
                .then().statusCode(200).extract().response();
        assertEquals(60, WebFixtures.redrawnFrom(merged));
        String html = merged.asString();
        assertEquals(range(60, 99), positions(html), "the rows from the change to the last row held");
        assertTrue(html.contains("class=\"more after\"") && html.contains("/rows?after=99\""),
                "the rest loads again on scrolling");
    }

    private static String get(String path) {
        return given().get(path).then().statusCode(200).extract().asString();
    }

    private static List<Integer> positions(String html) {
        Matcher m = POSITION.matcher(html);
        var positions = new ArrayList<Integer>();
        while (m.find()) {
            positions.add(Integer.parseInt(m.group(1)));
        }
        return positions;
    }

    private static List<Integer> range(int first, int last) {
        var values = new ArrayList<Integer>();
        for (int i = first; i <= last; i++) {
            values.add(i);
        }
        return values;
    }
}
