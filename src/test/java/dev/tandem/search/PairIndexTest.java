// SPDX-License-Identifier: Apache-2.0
package dev.tandem.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tandem.review.ReviewStatus;
import java.io.IOException;
import java.util.List;
import java.util.Set;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The index alone: analysis (CJK bigrams, case, line breaks), the query syntax, highlights, marks, filters. */
class PairIndexTest {
    private static final DocumentMark ZH_EN = new DocumentMark(1, 10, 3, 1000, "zh", "en");
    private static final DocumentMark JA_EN = new DocumentMark(2, 20, 1, 2000, "ja", "en");

    private Directory directory;
    private PairIndex index;

    @BeforeEach
    void fill() throws IOException {
        directory = new ByteBuffersDirectory();
        index = PairIndex.open(directory);
        index.replace(ZH_EN, sink -> {
            sink.accept(new IndexedPair(101, 1, 10, ReviewStatus.CONFIRMED, "我们讨论人工智能的未来。",
                    "We discuss the future of Artificial Intelligence."));
            sink.accept(new IndexedPair(102, 1, 10, ReviewStatus.AUTO, "敏捷的棕色狐狸。它跳了。",
                    "The quick\nbrown fox. It jumped."));
            sink.accept(new IndexedPair(103, 1, 10, ReviewStatus.AUTO, "他用AI人工智能写作。",
                    "He writes with AI."));
        });
        index.replace(JA_EN, sink -> sink.accept(new IndexedPair(201, 2, 20, ReviewStatus.CONFIRMED,
                "東京で人工知能を研究しています。", "I study artificial intelligence in Tokyo.")));
        index.publish();
    }

    @AfterEach
    void close() throws IOException {
        index.close();
    }

    @Test
    void shouldFindAChinesePhraseInsideASentenceAndHighlightIt() {
        SearchResult result = search("人工智能", SearchSide.BOTH);
        assertEquals(List.of(101L, 103L), sorted(ids(result)));
        PairHit first = result.hits().stream().filter(hit -> hit.pair().pairId() == 101).findFirst().orElseThrow();
        assertEquals("人工智能", slice(first.pair().source(), first.sourceHighlights().get(0)));
        assertEquals(List.of(), first.targetHighlights());
    }

    @Test
    void shouldFindSingleCjkCharactersAndMixedQueries() {
        assertEquals(List.of(201L), ids(search("東", SearchSide.SOURCE)));
        SearchResult mixed = search("AI人工", SearchSide.SOURCE);
        assertEquals(List.of(103L), ids(mixed));
        assertEquals("AI人工", slice(mixed.hits().get(0).pair().source(), mixed.hits().get(0).sourceHighlights().get(0)));
        assertEquals(List.of(), ids(search("智人", SearchSide.BOTH)), "characters out of order are not the word");
        // a quoted phrase with the spaces a reader puts between Chinese words finds the text written without them
        SearchResult spaced = search("\"人工 智能\"", SearchSide.BOTH);
        assertEquals(List.of(101L, 103L), sorted(ids(spaced)));
        assertEquals("人工智能", slice(spaced.hits().get(0).pair().source(), spaced.hits().get(0).sourceHighlights().get(0)));
    }

    @Test
    void shouldMatchAPhraseAcrossALineBreakAndASentenceEndInAnyCase() {
        SearchResult result = search("\"THE quick brown\"", SearchSide.TARGET);
        assertEquals(List.of(102L), ids(result));
        PairHit hit = result.hits().get(0);
        assertEquals("The quick\nbrown", slice(hit.pair().target(), hit.targetHighlights().get(0)));
        assertEquals(List.of(102L), ids(search("\"fox it jumped\"", SearchSide.TARGET)));
        assertEquals(List.of(), ids(search("\"brown quick\"", SearchSide.TARGET)), "a phrase keeps its order");
    }

    @Test
    void shouldRequireEveryWordOnAnySide() {
        assertEquals(List.of(101L), ids(search("人工智能 future", SearchSide.BOTH)));
        assertEquals(List.of(), ids(search("人工智能 future", SearchSide.SOURCE)));
        assertEquals(List.of(101L, 201L), sorted(ids(search("artificial intelligence", SearchSide.TARGET))));
    }

    @Test
    void shouldFilterByProjectDocumentStatusAndLanguage() {
        var terms = SearchTerms.parse("intelligence");
        assertEquals(List.of(201L), ids(index.search(new SearchRequest(terms, SearchSide.BOTH, Set.of(20L), null,
                Set.of(), null, 0, 10))));
        assertEquals(List.of(101L), ids(index.search(new SearchRequest(terms, SearchSide.BOTH, null, 1L,
                Set.of(), null, 0, 10))));
        assertEquals(2, index.search(new SearchRequest(terms, SearchSide.BOTH, null, null,
                Set.of(ReviewStatus.CONFIRMED), null, 0, 10)).total());
        assertEquals(0, index.search(new SearchRequest(terms, SearchSide.BOTH, null, null,
                Set.of(ReviewStatus.REJECTED), null, 0, 10)).total());
        var chinese = SearchTerms.parse("人工");
        assertEquals(List.of(101L, 103L), sorted(ids(index.search(new SearchRequest(chinese, SearchSide.BOTH, null,
                null, Set.of(), "zh", 0, 10)))));
        assertEquals(List.of(), ids(index.search(new SearchRequest(chinese, SearchSide.BOTH, null, null,
                Set.of(), "en", 0, 10))));
    }

    @Test
    void shouldReplaceADocumentAndRememberItsMarkAcrossAReopen() throws IOException {
        DocumentMark edited = new DocumentMark(1, 10, 4, 1000, "zh", "en");
        index.replace(edited, sink -> sink.accept(new IndexedPair(101, 1, 10, ReviewStatus.REJECTED,
                "我们讨论机器学习。", "We discuss machine learning.")));
        assertEquals(ZH_EN, index.marks().get(1L), "unseen until published");
        index.publish();
        assertEquals(List.of(), ids(search("人工智能", SearchSide.SOURCE)).stream().filter(id -> id < 200).toList());
        assertEquals(List.of(101L), ids(search("机器学习", SearchSide.SOURCE)));
        index.delete(2);
        index.publish();
        index.close();
        index = PairIndex.open(directory);
        assertEquals(java.util.Map.of(1L, edited), index.marks());
        assertEquals(List.of(101L), ids(search("machine", SearchSide.TARGET)));
    }

    @Test
    void shouldRefuseQueriesWithoutWords() {
        assertThrows(IllegalArgumentException.class, () -> SearchTerms.parse("  "));
        assertThrows(IllegalArgumentException.class, () -> search("\"...\" !!", SearchSide.BOTH));
        assertEquals(List.of("the quick", "fox", "x"), SearchTerms.parse("\"the quick\" fox \"x").phrases());
        assertTrue(search("AND OR NOT ( [ * ~ :", SearchSide.BOTH).hits().isEmpty(), "no query syntax to break");
    }

    @Test
    void shouldFindPrecomposedAndDecomposedAccentsAndCompatibilityFormsAlikeAndHighlightTheOriginal() {
        var frEn = new DocumentMark(3, 30, 1, 3000, "fr", "en");
        index.replace(frEn, sink -> {
            sink.accept(new IndexedPair(301, 3, 30, ReviewStatus.AUTO, "Un caf\u00e9 cr\u00e8me.", "A white coffee."));
            sink.accept(new IndexedPair(302, 3, 30, ReviewStatus.AUTO, "Un cafe\u0301 noir, s'il vous pla\u00eet.",
                    "A black coffee, please."));
            sink.accept(new IndexedPair(303, 3, 30, ReviewStatus.AUTO, "Le \uFB01chier \uFF21\uFF29 est pr\u00eat.",
                    "The AI file is ready."));
        });
        index.publish();
        for (String query : List.of("caf\u00e9", "cafe\u0301", "CAFE\u0301")) {
            SearchResult result = search(query, SearchSide.SOURCE);
            assertEquals(List.of(301L, 302L), sorted(ids(result)), query);
            PairHit decomposed = result.hits().stream().filter(hit -> hit.pair().pairId() == 302).findFirst()
                    .orElseThrow();
            // the accent is a character of its own in the stored text: the highlight covers it too
            assertEquals("cafe\u0301", slice(decomposed.pair().source(), decomposed.sourceHighlights().get(0)));
        }
        assertEquals(List.of(), ids(search("cafe", SearchSide.SOURCE)), "an accent still tells words apart");
        SearchResult ligature = search("fichier", SearchSide.SOURCE);
        assertEquals(List.of(303L), ids(ligature));
        assertEquals("\uFB01chier", slice(ligature.hits().get(0).pair().source(),
                ligature.hits().get(0).sourceHighlights().get(0)));
        assertEquals(List.of(303L), ids(search("\"\uFB01chier ai\"", SearchSide.SOURCE)));
        PairHit wide = search("ai", SearchSide.SOURCE).hits().stream().filter(hit -> hit.pair().pairId() == 303)
                .findFirst().orElseThrow();
        assertEquals("\uFF21\uFF29", slice(wide.pair().source(), wide.sourceHighlights().get(0)));
    }

    @Test
    void shouldFindWordsOfScriptsWrittenWithoutSpacesOrWithOptionalMarks() {
        index.replace(new DocumentMark(4, 40, 1, 4000, "th", "en"), sink -> sink.accept(new IndexedPair(401, 4, 40,
                ReviewStatus.AUTO, "เมื่อคืนหิมะตกหนักมาก", "Last night it snowed heavily.")));
        index.replace(new DocumentMark(5, 50, 1, 5000, "ar", "en"), sink -> sink.accept(new IndexedPair(501, 5, 50,
                ReviewStatus.AUTO, "أَغْلَقَتْ المدارس أبوابها.", "The schools closed their doors.")));
        index.replace(new DocumentMark(6, 60, 1, 6000, "fa", "en"), sink -> sink.accept(new IndexedPair(601, 6, 60,
                ReviewStatus.AUTO, "من می\u200Cخواهم بروم.", "I want to go.")));
        index.publish();

        SearchResult thai = search("หิมะ", SearchSide.SOURCE); // "snow", inside a run of Thai without spaces
        assertEquals(List.of(401L), ids(thai));
        assertEquals("หิมะ", slice(thai.hits().get(0).pair().source(), thai.hits().get(0).sourceHighlights().get(0)));
        for (String query : List.of("اغلقت", "أغلقت", "أَغْلَقَتْ")) { // without hamza, with it, with short vowels
            assertEquals(List.of(501L), ids(search(query, SearchSide.SOURCE)), query);
        }
        for (String query : List.of("میخواهم", "می\u200Cخواهم", "مي\u200Cخواهم")) { // no joiner; Arabic yeh
            assertEquals(List.of(601L), ids(search(query, SearchSide.SOURCE)), query);
        }
        assertEquals(List.of(), ids(search("خواهم", SearchSide.TARGET)), "on the other side: nothing");
    }

    @Test
    void shouldPageWithAnExactTotal() {
        SearchResult all = search("the", SearchSide.TARGET);
        assertEquals(2, all.total());
        SearchResult second = index.search(new SearchRequest(SearchTerms.parse("the"), SearchSide.TARGET, null, null,
                Set.of(), null, 1, 1));
        assertEquals(2, second.total());
        assertEquals(List.of(all.hits().get(1).pair().pairId()), ids(second));
    }

    private SearchResult search(String query, SearchSide side) {
        return index.search(new SearchRequest(SearchTerms.parse(query), side, null, null, Set.of(), null, 0, 10));
    }

    private static List<Long> ids(SearchResult result) {
        return result.hits().stream().map(hit -> hit.pair().pairId()).toList();
    }

    private static List<Long> sorted(List<Long> ids) {
        return ids.stream().sorted().toList();
    }

    private static String slice(String text, Highlight highlight) {
        return text.substring(highlight.start(), highlight.end());
    }
}
