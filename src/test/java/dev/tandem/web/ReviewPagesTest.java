// SPDX-License-Identifier: Apache-2.0
package dev.tandem.web;

import static dev.tandem.web.WebFixtures.pairId;
import static dev.tandem.web.WebFixtures.pairs;
import static dev.tandem.web.WebFixtures.version;
import static dev.tandem.testing.BrowserSession.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The review page and its htmx endpoints: every operation answers with the rows it changed, or a message. */
@QuarkusTest
class ReviewPagesTest {
    private long document;

    @BeforeEach
    void createDocument() {
        long project = WebFixtures.createProject("Review web", "en", "de");
        var en = new StringBuilder();
        var de = new StringBuilder();
        for (int i = 1; i <= 6; i++) {
            en.append("Sentence number ").append(i).append(" of the original text.\n");
            de.append("Satz Nummer ").append(i).append(" des Originaltextes hier.\n");
        }
        document = WebFixtures.createDocument(project, "Six", en.toString(), de.toString());
    }

    private Response post(String path, Map<String, Object> fields) {
        var form = new HashMap<String, Object>(fields);
        form.putIfAbsent("baseVersion", version(document));
        form.putIfAbsent("page", 1);
        return given().contentType("application/x-www-form-urlencoded; charset=UTF-8").formParams(form)
                .header("HX-Request", "true")
                .when().post("/documents/" + document + "/" + path)
                .then().statusCode(200).contentType("text/html").extract().response();
    }

    private Response edit(Map<String, Object> fields) {
        return post("edit", fields);
    }

    /** Ids of the rows in an answer, in order. */
    private static List<Long> rowIds(String html) {
        Matcher m = Pattern.compile("<tr id=\"pair-(\\d+)\"").matcher(html);
        var ids = new java.util.ArrayList<Long>();
        while (m.find()) {
            ids.add(Long.parseLong(m.group(1)));
        }
        return ids;
    }

    private List<String> statuses() {
        return pairs(document).getList("items.status");
    }

    /**
     * Found by a translator: "confirmed pairs only" on a document with none confirmed downloaded a TMX with an empty
     * body and the page said nothing. The export form now says so before the download, and how many pairs each choice
     * holds, and how many it leaves out for an empty side; the API's empty TMX stays.
     */
    @Test
    void shouldSayBeforeDownloadingHowManyPairsTheExportHolds() {
        // the select's description (a visible line more in the header cost the review page a pair on screen,
        // DenseReviewBrowserTest); choosing "confirmed pairs only" says it (ExportBrowserTest)
        given().get("/documents/" + document).then().statusCode(200)
                .body(containsString("data-confirmed-pairs=\"0\""))
                .body(containsString("<select name=\"status\" aria-describedby=\"export-count\">"))
                .body(containsString("No confirmed pairs yet: “confirmed pairs only” would give a file with no pairs in"
                        + " it. In the file: all pairs 6, confirmed only 0.</span>"));
        given().get("/api/documents/" + document + "/export?format=tmx&status=confirmed").then().statusCode(200)
                .body(containsString("<body"), not(containsString("<tu")));

        // unlinked, a pair becomes a source alone and a target alone: neither is exported, and the form says so
        edit(Map.of("op", "insert-empty", "pair", pairId(document, 3), "side", "source"));
        edit(Map.of("op", "confirm", "pair", pairId(document, 0)));
        edit(Map.of("op", "confirm", "pair", pairId(document, 3)));
        String page = given().get("/documents/" + document).then().statusCode(200).extract().asString();
        assertFalse(page.contains("No confirmed pairs yet"), "a pair is confirmed");
        assertTrue(page.contains("data-confirmed-pairs=\"1\""), page);
        assertTrue(page.contains("In the file: all pairs 5, confirmed only 1; never exported: 2 with an empty side"
                + " (1-0, 0-1).</span>"), page);
        String tmx = given().get("/api/documents/" + document + "/export?format=tmx").then().statusCode(200)
                .extract().asString();
        assertEquals(5, tmx.split("<tu[ >]", -1).length - 1, tmx);
    }

    @Test
    void shouldAskBeforeConfirmingThroughPairsAFilterHides() {
        String asks = "hx-confirm=\"A filter is on: this also confirms the unreviewed pairs above this one that the"
                + " filter hides";
        given().get("/documents/" + document + "?flag=any").then().statusCode(200).body(containsString(asks));
        given().get("/documents/" + document + "?below=0.5").then().statusCode(200).body(containsString(asks));
        given().get("/documents/" + document).then().statusCode(200).body(not(containsString(asks)));
        given().get("/documents/" + document + "?status=AUTO").then().statusCode(200).body(not(containsString(asks)));
    }

    @Test
    void shouldOpenAtTheStartWhenTheFocusInTheAddressIsNoPairId() {
        given().get("/documents/" + document + "?focus=abc").then().statusCode(200).contentType("text/html")
                .body(containsString("id=\"pair-" + pairId(document, 0) + "\""));
    }

    @Test
    void shouldRenderTheReviewPage() {
        given().get("/documents/" + document).then().statusCode(200)
                .body(containsString("data-version=\"1\""))
                .body(containsString("id=\"base-version\" name=\"baseVersion\" value=\"1\""))
                .body(containsString("<progress id=\"progress\" max=\"6\" value=\"0\""))
                .body(containsString("0 / 6</strong> confirmed"))
                .body(containsString("<script src=\"/js/htmx.min.js\" defer></script>"))
                .body(containsString("<script src=\"/js/review.js\" defer></script>"))
                .body(containsString("merge the row with the next row</td>"))
                .body(containsString("Sentence number 3 of the original text."))
                .body(containsString("id=\"toolbar\" class=\"toolbar\" role=\"toolbar\""))
                .body(containsString("hx-vals='{\"op\":\"confirm\"}' data-action=\"confirm\""))
                .body(not(containsString("class=\"legend\"")))
                .body(not(containsString("class=\"more")))
                .body(not(containsString("onclick")))
                .body(not(containsString("<script>")));
        given().get("/js/review.js").then().statusCode(200).body(containsString("htmx:configRequest"));
        given().get("/js/htmx.min.js").then().statusCode(200).body(containsString("htmx"));
    }

    @Test
    void shouldConfirmAndAnswerWithTheChangedRowAndHeader() {
        long first = pairId(document, 0);
        Response answer = edit(Map.of("op", "confirm", "pair", first, "current", first));
        assertEquals("done", WebFixtures.outcome(answer));
        assertEquals("none", answer.header("HX-Reswap"));
        String html = answer.asString();
        assertEquals(List.of(first), rowIds(html), "only the confirmed row is redrawn");
        assertTrue(html.contains("id=\"review-header\" class=\"review-header\" data-version=\"2\" hx-swap-oob=\"true\""), html);
        assertTrue(html.contains("1 / 6</strong> confirmed"), html);
        assertTrue(html.contains("Confirmed pair 1."), html);
        assertTrue(html.matches("(?s).*<template>\\s*<tr id=\"pair-" + first + "\" class=\"pair status-CONFIRMED[^>]*hx-swap-oob=\"true\">.*"), html);
        assertEquals("CONFIRMED", statuses().get(0));
    }

    @Test
    void shouldConfirmThroughAndRejectRedrawingOnlyThoseRows() {
        long third = pairId(document, 2);
        String html = edit(Map.of("op", "confirm-through", "pair", third)).asString();
        assertEquals(List.of(pairId(document, 0), pairId(document, 1), third), rowIds(html));
        long fifth = pairId(document, 4);
        html = edit(Map.of("op", "reject", "pair", fifth)).asString();
        assertEquals(List.of(fifth), rowIds(html));
        assertTrue(html.contains("status-REJECTED"));
        assertEquals(List.of("CONFIRMED", "CONFIRMED", "CONFIRMED", "AUTO", "REJECTED", "AUTO"), statuses());
    }

    @Test
    void shouldConfirmTheConfidentPairsFromTheButtonRedrawingThoseRows() {
        given().get("/documents/" + document).then().statusCode(200)
                .body(containsString("hx-vals='{\"op\":\"confirm-confident\"}'"));
        long fifth = pairId(document, 4);
        edit(Map.of("op", "reject", "pair", fifth));
        List<Map<String, Object>> items = pairs(document).getList("items");
        List<Long> confident = items.stream()
                .filter(item -> "AUTO".equals(item.get("status")) && ((Number) item.get("confidence")).doubleValue() >= 0.9
                        && ((List<?>) item.get("flags")).isEmpty())
                .map(item -> ((Number) item.get("id")).longValue()).toList();
        assertFalse(confident.isEmpty(), "six one-to-one lines are aligned confidently: " + items);
        int atRisk = 5 - confident.size();
        given().get("/documents/" + document).then().statusCode(200)
                .body(containsString(">Confirm " + confident.size() + " confident pairs (≥ 0.9, no flags)</button>"))
                .body(containsString(atRisk + " of them below 0.9 or flagged"));
        String html = edit(Map.of("op", "confirm-confident")).asString();
        assertTrue(html.contains(" disabled>Confirm 0 confident pairs"), "nothing left to confirm: " + html);
        assertEquals(confident, rowIds(html), "only the confirmed rows are redrawn");
        assertTrue(html.contains(confident.size() + " / 6</strong> confirmed"), html);
        List<Map<String, Object>> after = pairs(document).getList("items");
        for (Map<String, Object> item : after) {
            long id = ((Number) item.get("id")).longValue();
            String expected = id == fifth ? "REJECTED" : confident.contains(id) ? "CONFIRMED" : "AUTO";
            assertEquals(expected, item.get("status"), "pair " + id);
        }
    }

    @Test
    void shouldRedrawFromTheChangedPositionAfterStructuralEdits() {
        long second = pairId(document, 1);
        Response merged = edit(Map.of("op", "merge-pairs", "pair", second, "current", second));
        assertEquals(1, WebFixtures.redrawnFrom(merged));
        assertEquals("#rows", merged.header("HX-Retarget"));
        assertEquals("beforeend", merged.header("HX-Reswap"));
        List<Long> rows = rowIds(merged.asString());
        assertEquals(4, rows.size(), "rows 2–5 of the page after the merge");
        assertEquals(pairId(document, 1), rows.get(0));
        assertTrue(merged.asString().contains("data-position=\"4\""));
        assertTrue(merged.asString().contains("Merged pairs 2 and 3."));

        Response split = edit(Map.of("op", "split-pair", "pair", rows.get(0), "sourceCount", 1, "targetCount", 1));
        assertEquals(5, rowIds(split.asString()).size());
        Response shifted = edit(Map.of("op", "shift", "pair", pairId(document, 2), "side", "target", "direction", "up"));
        assertEquals(1, WebFixtures.redrawnFrom(shifted), "shifting up changes the previous pair too");
        assertEquals(List.of(1, 2), pairs(document).getList("items[1].target.index", Integer.class));
        edit(Map.of("op", "shift", "pair", pairId(document, 1), "side", "target", "direction", "down"));
        Response unlinked = edit(Map.of("op", "insert-empty", "pair", pairId(document, 3), "side", "source"));
        assertEquals(3, WebFixtures.redrawnFrom(unlinked));
        assertTrue(unlinked.asString().contains("(no source sentence)"));
        assertEquals(7, pairs(document).getInt("total"));
        Response realigned = edit(Map.of("op", "realign", "pair", pairId(document, 3)));
        assertEquals("done", WebFixtures.outcome(realigned), realigned.asString());
        assertEquals(6, pairs(document).getInt("total"));
    }

    @Test
    void shouldEditSplitAndJoinSentences() {
        long first = pairId(document, 0);
        Response split = edit(Map.of("op", "split-sentence", "pair", first, "side", "source", "index", 0, "offset", 15));
        assertEquals(0, WebFixtures.redrawnFrom(split));
        assertTrue(split.asString().contains(">Sentence number</span>"), split.asString());
        assertEquals(List.of("Sentence number", "1 of the original text."), pairs(document).getList("items[0].source.text"));
        edit(Map.of("op", "merge-sentences", "side", "source", "index", 0));
        assertEquals(List.of("Sentence number 1 of the original text."), pairs(document).getList("items[0].source.text"));
        Response edited = edit(Map.of("op", "edit-text", "side", "target", "index", 2,
                "text", "<script>alert('x')</script> Satz & „drei“ مرحبا 你好"));
        String html = edited.asString();
        assertTrue(html.contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; Satz &amp; „drei“ مرحبا 你好"), html);
        assertFalse(html.contains("<script>alert"), html);
        assertEquals("<script>alert('x')</script> Satz & „drei“ مرحبا 你好", pairs(document).getString("items[2].target[0].text"));
    }

    @Test
    void shouldUndoAndRedo() {
        long first = pairId(document, 0);
        edit(Map.of("op", "merge-pairs", "pair", first));
        Response undone = post("undo", Map.of("current", pairId(document, 0)));
        assertEquals("done", WebFixtures.outcome(undone));
        assertEquals(0, WebFixtures.redrawnFrom(undone));
        assertEquals(6, rowIds(undone.asString()).size());
        assertTrue(undone.asString().contains("Undid: Merged pairs 1 and 2."));
        Response redone = post("redo", Map.of());
        assertEquals(5, rowIds(redone.asString()).size());
        edit(Map.of("op", "confirm", "pair", pairId(document, 0)));
        Response undoConfirm = post("undo", Map.of());
        assertEquals(List.of(pairId(document, 0)), rowIds(undoConfirm.asString()));
        assertTrue(undoConfirm.asString().contains("status-AUTO"));
    }

    @Test
    void shouldShowImpossibleActionsNextToTheRowAndChangeNothing() {
        long last = pairId(document, 5);
        Response answer = edit(Map.of("op", "merge-pairs", "pair", last, "current", last));
        assertEquals("refused", WebFixtures.outcome(answer));
        String html = answer.asString();
        assertTrue(html.contains("<div id=\"msg-" + last + "\" class=\"row-message error\" role=\"alert\" hx-swap-oob=\"true\">"), html);
        assertTrue(html.contains("last pair"), html);
        assertEquals(1, version(document));
        Response nothing = post("undo", Map.of());
        assertTrue(nothing.asString().contains("There is nothing to undo"));
        assertTrue(nothing.asString().contains("id=\"notice\""), "without a current row the message goes to the notice");
        Response bad = edit(Map.of("op", "split-sentence", "pair", last, "side", "source", "index", 0, "offset", "x", "current", last));
        assertTrue(bad.asString().contains("offset &#39;x&#39; is not a whole number"), bad.asString());
    }

    @Test
    void shouldReportAConflictWithTheOtherEditsAndKeepTheirWork() {
        long seen = version(document);
        long first = pairId(document, 0);
        edit(Map.of("op", "confirm", "pair", first, "baseVersion", seen));
        long third = pairId(document, 2);
        Response answer = edit(Map.of("op", "merge-pairs", "pair", third, "baseVersion", seen, "current", third,
                "status", "AUTO"));
        assertEquals("conflict", WebFixtures.outcome(answer));
        String html = answer.asString();
        assertTrue(html.contains("id=\"msg-" + third + "\" class=\"row-message conflict\""), html);
        assertTrue(html.contains("<div id=\"conflict\" class=\"row-message conflict\" role=\"alert\" hx-swap-oob"), html);
        assertTrue(html.contains("The document changed since version " + seen), html);
        assertTrue(html.contains("<li>Confirmed pair 1 — admin, version " + (seen + 1) + "</li>"), html);
        assertTrue(html.contains("href=\"/documents/" + document + "?page=1&amp;status=AUTO&amp;focus=" + third + "\""), html);
        assertEquals(6, pairs(document).getInt("total"), "the stale merge was not applied");
        assertEquals(List.of("CONFIRMED", "AUTO", "AUTO", "AUTO", "AUTO", "AUTO"), statuses());
    }

    @Test
    void shouldLandADecisionOnAnotherPairThanAColleaguesAndShowTheirs() {
        long seen = version(document);
        long first = pairId(document, 0);
        long second = pairId(document, 1);
        long third = pairId(document, 2);
        // a colleague confirms pair 1 and rejects pair 3 while this page still shows version `seen`
        edit(Map.of("op", "confirm", "pair", first, "baseVersion", seen));
        edit(Map.of("op", "reject", "pair", third, "baseVersion", seen + 1));

        Response answer = edit(Map.of("op", "confirm", "pair", second, "baseVersion", seen, "current", second,
                "firstPosition", 0, "lastPosition", 5));
        String html = answer.asString();
        assertEquals("done", WebFixtures.outcome(answer), html);
        assertEquals(List.of(second, first, third), rowIds(html), "the page's pair, then the colleague's, as they are now");
        assertTrue(html.contains("Others reviewed 2 pairs meanwhile"), html);
        assertTrue(html.contains("id=\"base-version\" name=\"baseVersion\" value=\"" + (seen + 3) + "\""), html);
        assertEquals(List.of("CONFIRMED", "CONFIRMED", "REJECTED", "AUTO", "AUTO", "AUTO"), statuses());

        // a decision on a pair a colleague decided on since, or after any other kind of change, is still a conflict
        Response same = edit(Map.of("op", "reject", "pair", first, "baseVersion", seen, "current", first));
        assertEquals("conflict", WebFixtures.outcome(same));
        long fourth = pairId(document, 3);
        edit(Map.of("op", "edit-text", "pair", fourth, "side", "target", "index", 3, "text", "Changed.",
                "baseVersion", seen + 3));
        Response afterText = edit(Map.of("op", "confirm", "pair", pairId(document, 4), "baseVersion", seen + 3));
        assertEquals("conflict", WebFixtures.outcome(afterText));
        assertEquals(List.of("CONFIRMED", "CONFIRMED", "REJECTED", "AUTO", "AUTO", "AUTO"), statuses());
        assertEquals(seen + 4, version(document), "the refused decisions changed nothing");
    }

    /**
     * Found by use: a reviewer's new text for a sentence was refused ("Nothing of yours was saved") whenever a
     * colleague had confirmed any other pair meanwhile, while a confirmation went through.
     */
    @Test
    void shouldLandASentencesNewTextOverAColleaguesDecisionsOnOtherPairs() {
        long seen = version(document);
        long first = pairId(document, 0);
        long fourth = pairId(document, 3);
        edit(Map.of("op", "confirm", "pair", first, "baseVersion", seen));

        Response answer = edit(Map.of("op", "edit-text", "pair", fourth, "side", "target", "index", 3,
                "text", "Typed while a colleague confirmed.", "baseVersion", seen, "current", fourth,
                "firstPosition", 0, "lastPosition", 5));
        String html = answer.asString();
        assertEquals("done", WebFixtures.outcome(answer), html);
        assertTrue(html.contains("Others reviewed 1 pair meanwhile"), html);
        assertEquals("Typed while a colleague confirmed.", pairs(document).getString("items[3].target[0].text"));
        assertEquals(List.of("CONFIRMED", "AUTO", "AUTO", "AUTO", "AUTO", "AUTO"), statuses());

        // the text of a sentence in the pair the colleague decided on is still a conflict
        Response same = edit(Map.of("op", "edit-text", "pair", first, "side", "target", "index", 0,
                "text", "Over the colleague's decision.", "baseVersion", seen, "current", first));
        assertEquals("conflict", WebFixtures.outcome(same));
        assertEquals(seen + 2, version(document), "the refused edit changed nothing");
    }

    @Test
    void shouldRefuseAnUndoThatIsStaleOrNamesNoVersionAndSayWhy() {
        long seen = version(document);
        long first = pairId(document, 0);
        long third = pairId(document, 2);
        edit(Map.of("op", "confirm", "pair", first, "baseVersion", seen));
        // The undo was decided on version `seen`; the confirmation came after it.
        Response stale = post("undo", Map.of("baseVersion", seen, "current", third));
        assertEquals("conflict", WebFixtures.outcome(stale));
        assertTrue(stale.asString().contains("id=\"msg-" + third + "\" class=\"row-message conflict\""), stale.asString());
        assertTrue(stale.asString().contains("The document changed since version " + seen), stale.asString());
        assertTrue(stale.asString().contains("<li>Confirmed pair 1 — admin, version " + (seen + 1) + "</li>"), stale.asString());
        for (String path : new String[] {"undo", "redo", "edit"}) {
            Response unnamed = post(path, Map.of("baseVersion", "", "op", "reject", "pair", third, "current", third));
            assertEquals("conflict", WebFixtures.outcome(unnamed), path);
            assertTrue(unnamed.asString().contains("did not say which version of the document it was made on, so "
                    + "nothing was changed"), unnamed.asString());
            assertTrue(unnamed.asString().contains("Reload the page"), unnamed.asString());
        }
        assertEquals(seen + 1, version(document));
        assertEquals(List.of("CONFIRMED", "AUTO", "AUTO", "AUTO", "AUTO", "AUTO"), statuses());
    }

    @Test
    void shouldFilterByStatusConfidenceFlagAndText() {
        edit(Map.of("op", "confirm", "pair", pairId(document, 1)));
        given().get("/documents/" + document + "?status=CONFIRMED").then().statusCode(200)
                .body(containsString("Sentence number 2 of"))
                .body(not(containsString("Sentence number 3 of")))
                .body(containsString("1 pair matches"));
        given().queryParam("q", "NUMMER 4").get("/documents/" + document).then().statusCode(200)
                .body(containsString("Sentence number 4 of")).body(not(containsString("Sentence number 5 of")));
        given().queryParam("q", "50%").get("/documents/" + document).then().statusCode(200)
                .body(containsString("No pairs match these filters."));
        given().get("/documents/" + document + "?below=0").then().statusCode(200)
                .body(containsString("No pairs match these filters."));
        given().get("/documents/" + document + "?below=1.01").then().statusCode(200)
                .body(containsString("Sentence number 6 of"));
        given().get("/documents/" + document + "?flag=numbers").then().statusCode(200)
                .body(containsString("0 pairs match"));
        given().get("/documents/" + document + "?status=bogus&below=x").then().statusCode(200)
                .body(containsString("Sentence number 6 of"));
    }

    @Test
    void shouldListAPairTheAlignerDidNotScoreUnderAnyConfidenceBelowWithADash() {
        edit(Map.of("op", "merge-pairs", "pair", pairId(document, 2)));
        // below=0 matches no score, but the merged pair has none: it needs review, so it is listed
        String html = given().get("/documents/" + document + "?below=0").then().statusCode(200).extract().asString();
        assertTrue(html.contains("1 pair matches"), html);
        assertTrue(html.contains("Sentence number 3 of") && html.contains("Sentence number 4 of"), html);
        assertFalse(html.contains("Sentence number 5 of"), html);
        assertTrue(html.contains("<span class=\"confidence band-none\" title=\"not scored by the aligner"), html);
        assertTrue(html.contains(">—</span>"), html);
    }

    @Test
    void shouldShowFlagsWithTheirMessages() {
        long project = WebFixtures.createProject("Flags", "en", "de");
        long flagged = WebFixtures.createDocument(project, "Flagged", "There are 12 apples.\nAnd 7 pears.\n",
                "Es gibt 13 Äpfel.\nUnd 7 Birnen.\n");
        String html = given().get("/documents/" + flagged + "?flag=numbers").then().statusCode(200).extract().asString();
        assertTrue(html.contains("class=\"flag\" title=\""), html);
        assertTrue(html.contains("<li><strong>numbers</strong>: "), html);
        assertTrue(html.contains("There are 12 apples."), html);
        assertFalse(html.contains("And 7 pears."), html);
    }

    @Test
    void shouldOpenTheEditorEscapedAndCancel() {
        long first = pairId(document, 0);
        edit(Map.of("op", "edit-text", "side", "source", "index", 0, "text", "A <b>bold</b> & \"quoted\" claim."));
        first = pairId(document, 0);
        given().get("/documents/" + document + "/pairs/" + first + "/edit?side=source&index=0").then().statusCode(200)
                .body(containsString("<form class=\"editor\""))
                .body(containsString(">A &lt;b&gt;bold&lt;/b&gt; &amp; &quot;quoted&quot; claim.</textarea>"));
        given().get("/documents/" + document + "/pairs/" + first).then().statusCode(200)
                .body(not(containsString("<form class=\"editor\"")))
                .body(containsString("id=\"pair-" + first + "\""));
    }

    @Test
    void shouldSayAPairWasMergedAwayWhenAnotherTabMergedIt() {
        long second = pairId(document, 1);
        edit(Map.of("op", "merge-pairs", "pair", pairId(document, 0))); // in another tab: the second pair goes
        for (String path : List.of("/pairs/" + second + "/edit?side=source&index=0", "/pairs/" + second)) {
            given().get("/documents/" + document + path).then().statusCode(200).header("HX-Reswap", "none")
                    .body(containsString("id=\"conflict\""))
                    .body(containsString("This pair is no longer in the document: it was merged, split or realigned"))
                    .body(not(containsString("no longer there")))
                    .body(not(containsString("it opens at the same pair")));
        }
    }

    @Test
    void shouldShowWhatAnEditReplacedAndLinkToThePair() {
        String before = pairs(document).getString("items[2].target[0].text");
        edit(Map.of("op", "edit-text", "side", "target", "index", 2, "text", "A <new> third sentence."));
        edit(Map.of("op", "split-sentence", "side", "source", "index", 1, "offset", 8));
        List<String> split = pairs(document).getList("items[1].source.text");
        String html = given().get("/documents/" + document + "/history").then().statusCode(200).extract().asString();
        assertTrue(html.contains("<span class=\"sentence\">" + before.replace("&", "&amp;") + "</span></del>"), html);
        assertTrue(html.contains("<ins lang=\"de\" dir=\"auto\"><span class=\"sentence\">A &lt;new&gt; third sentence.</span></ins>"),
                html);
        assertTrue(html.contains("<span class=\"sentence\">" + split.get(0) + "</span><span class=\"sentence\">"
                + split.get(1) + "</span></ins>"), "a split shows the one sentence and the two it became: " + html);
        assertTrue(html.contains("href=\"/documents/" + document + "/positions/2\">go to pair 3</a>"), html);
        given().redirects().follow(false).get("/documents/" + document + "/positions/2").then().statusCode(303)
                .header("Location", containsString("/documents/" + document + "?page=1&focus=" + pairId(document, 2)));
        given().redirects().follow(false).get("/documents/" + document + "/positions/99999").then().statusCode(303)
                .header("Location", containsString("&at=last"));
    }

    @Test
    void shouldListTheHistoryAndJumpToTheFirstUnreviewed() {
        edit(Map.of("op", "confirm-through", "pair", pairId(document, 1)));
        edit(Map.of("op", "merge-pairs", "pair", pairId(document, 3)));
        post("undo", Map.of());
        given().get("/documents/" + document + "/history").then().statusCode(200)
                .body(containsString("Confirmed 2 pairs (1–2)"))
                .body(containsString("Undid: Merged pairs 4 and 5"))
                .body(containsString("<td>admin</td>"))
                .body(containsString("undone"));
        given().redirects().follow(false).get("/documents/" + document + "/first-unreviewed").then().statusCode(303)
                .header("Location", containsString("/documents/" + document + "?page=1&focus=" + pairId(document, 2)));
        given().get("/documents/" + document + "/history").then().header("HX-Trigger-After-Settle", nullValue());
        assertEquals("text/html;charset=UTF-8", given().get("/documents/" + document).contentType());
        given().get("/documents/" + document + "?page=99").then().statusCode(200).body(containsString("Sentence number 1 of"));
        given().get("/documents/" + document).then().body(containsString("data-at=\"\""))
                .body(not(containsString("hx-swap-oob=\"true\"><td")));
        equalTo(null);
    }
}
