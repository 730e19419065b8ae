// SPDX-License-Identifier: Apache-2.0
package dev.tandem.search;

import dev.tandem.review.ReviewStatus;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.QueryBuilder;

/**
 * A {@link SearchRequest} as a Lucene query: every phrase must match, each on any side the request searches (so
 * {@code 人工智能 intelligence} finds a pair with one on each side); the filters (projects, document, statuses) only
 * select and do not score.
 */
final class PairQuery {
    private static final QueryBuilder PHRASES = new QueryBuilder(PairAnalyzer.forQuery());

    private PairQuery() {
    }

    static Query of(SearchRequest request) {
        var query = new BooleanQuery.Builder();
        int phrases = 0;
        for (String phrase : request.terms().phrases()) {
            var sides = new BooleanQuery.Builder();
            boolean any = false;
            if (request.side().includesSource()) {
                any |= addSide(sides, PairFields.SOURCE, PairFields.SOURCE_LANGUAGE, phrase, request.language());
            }
            if (request.side().includesTarget()) {
                any |= addSide(sides, PairFields.TARGET, PairFields.TARGET_LANGUAGE, phrase, request.language());
            }
            if (any) {
                query.add(sides.build(), Occur.MUST);
                phrases++;
            }
        }
        if (phrases == 0) {
            throw new IllegalArgumentException("q has no words to search for (only punctuation or symbols): give a "
                    + "word or a \"quoted phrase\".");
        }
        if (request.projects() != null) {
            query.add(new TermInSetQuery(PairFields.PROJECT, terms(request.projects().stream().map(String::valueOf)
                    .toList())), Occur.FILTER);
        }
        if (request.document() != null) {
            query.add(new TermQuery(new Term(PairFields.DOCUMENT, request.document().toString())), Occur.FILTER);
        }
        if (!request.statuses().isEmpty()) {
            query.add(new TermInSetQuery(PairFields.STATUS, terms(request.statuses().stream().map(ReviewStatus::name)
                    .toList())), Occur.FILTER);
        }
        return query.build();
    }

    /** The phrase on one side (in the language asked for, if any); false when the phrase has no terms. */
    private static boolean addSide(BooleanQuery.Builder sides, String field, String languageField, String phrase,
                                   String language) {
        Query match = PHRASES.createPhraseQuery(field, phrase);
        if (match == null) {
            return false;
        }
        if (language != null) {
            match = new BooleanQuery.Builder().add(match, Occur.MUST)
                    .add(new TermQuery(new Term(languageField, language)), Occur.FILTER).build();
        }
        sides.add(match, Occur.SHOULD);
        return true;
    }

    private static List<BytesRef> terms(List<String> values) {
        var terms = new ArrayList<BytesRef>(values.size());
        values.forEach(value -> terms.add(new BytesRef(value)));
        return terms;
    }
}
