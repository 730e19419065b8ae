// SPDX-License-Identifier: Apache-2.0
package dev.tandem.web;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

import dev.tandem.testing.BrowserSession;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * The concordance page's answers to what its form cannot send: refusals in the form's words (not the API's
 * {@code q}), and a page past the last one, which shows the last page and says so.
 */
@QuarkusTest
class SearchPagesTest {

    @Test
    void shouldWordRefusalsAsTheForm() {
        BrowserSession.given().queryParam("q", "!!! ???").get("/search").then().statusCode(200)
                .body(containsString("The search box has no words to search for (only punctuation or symbols)"))
                .body(not(containsString("q has")));
        BrowserSession.given().queryParam("q", "x".repeat(501)).get("/search").then().statusCode(200)
                .body(containsString("The search box has 501 characters; at most 500 are taken."))
                .body(not(containsString("q has")));
        BrowserSession.given().queryParam("q", "snow").queryParam("language", "1x!").get("/search").then()
                .statusCode(200)
                .body(containsString("The language &#39;1x!&#39; is not a language tag: give one such as zh"));
    }

    /**
     * Found by a screen-reader user: the results' Chinese, German and French had no language, so they were read with
     * the page's English voice; and the status said "auto" where every other page says "unreviewed".
     */
    @Test
    void shouldMarkEachResultSideWithItsLanguage() {
        long project = WebFixtures.createProject("Languages of results", "zh", "en");
        WebFixtures.createDocument(project, "Quokkas", "袋鼠 Quokkaberg 很可爱。", "The Quokkaberg kangaroo is cute.");
        BrowserSession.given().queryParam("q", "quokkaberg").queryParam("project", project).get("/search").then()
                .statusCode(200)
                .body(containsString("<td class=\"text\" dir=\"auto\" lang=\"zh\">"))
                .body(containsString("<td class=\"text\" dir=\"auto\" lang=\"en\">"))
                .body(containsString(">unreviewed</span>"));
        RestAssured.given().queryParam("q", "quokkaberg").queryParam("project", project)
                .get("/api/search").then().statusCode(200)
                .body("items[0].sourceLanguage", equalTo("zh"))
                .body("items[0].targetLanguage", equalTo("en"));
    }

    @Test
    void shouldShowTheLastPageForOnePastTheEnd() {
        long project = WebFixtures.createProject("Paging past the end", "de", "en");
        String source = IntStream.rangeClosed(1, 25).mapToObj(n -> "Zeile " + n + " über Quokkaflug.")
                .collect(Collectors.joining("\n"));
        String target = IntStream.rangeClosed(1, 25).mapToObj(n -> "Line " + n + " about quokkaflug.")
                .collect(Collectors.joining("\n"));
        WebFixtures.createDocument(project, "Quokkas", source, target);

        BrowserSession.given().queryParam("q", "quokkaflug").queryParam("project", project).queryParam("page", "23")
                .get("/search").then().statusCode(200)
                .body(containsString("There is no page 23: the 25 matching pairs fill 2 pages. This is the last."))
                .body(containsString("25 pairs match; 21–25 shown"))
                .body(containsString("<strong aria-current=\"page\">page 2</strong>"))
                .body(containsString("rel=\"prev\""))
                .body(not(containsString("rel=\"next\"")));
        BrowserSession.given().queryParam("q", "quokkaflug").queryParam("project", project).queryParam("page", "2")
                .get("/search").then().statusCode(200)
                .body(containsString("25 pairs match; 21–25 shown"))
                .body(not(containsString("There is no page")));
    }
}
