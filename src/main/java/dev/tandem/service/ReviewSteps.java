// SPDX-License-Identifier: Apache-2.0
package dev.tandem.service;

import dev.tandem.model.SentencePair;
import dev.tandem.review.Change;
import dev.tandem.review.ReviewStatus;
import dev.tandem.review.Side;
import dev.tandem.review.Window;
import java.util.List;
import java.util.function.Function;
import java.util.function.IntFunction;

/**
 * What a {@link ReviewCommand} can do on the document {@link ReviewService} locked for it: find the pairs it names,
 * and make, write and record one change with the sentence that describes it. Each step refuses a missing or
 * impossible input with a message for the user ({@link InvalidInputException}, {@link ImpossibleEditException}).
 */
interface ReviewSteps {
    int MAX_SENTENCE_CHARS = 20_000;

    /** The pair {@code id} of this document; {@code field} names it in a refusal. */
    SentencePair pair(Long id, String field);

    /** The pairs {@code ids} (at most a page's worth), in the order given, each once. */
    List<SentencePair> pairs(List<Long> ids);

    /** The unreviewed pairs up to and including {@code pair}, in document order. */
    List<SentencePair> pairsThrough(Long pair);

    /** The unreviewed pairs without QA flags whose confidence is at least {@code least} (null: the default). */
    List<SentencePair> confidentPairs(Double least);

    /** Gives {@code pairs} the {@code status}: "Confirmed pair 3", "Rejected pair 5", "Confirmed 4 pairs (2–5)". */
    EditResult setStatus(List<SentencePair> pairs, ReviewStatus status);

    /**
     * Changes sentence {@code index} of {@code side} (with the {@code extra} sentences after it in view);
     * {@code summary} words the change from "source sentence 3".
     */
    EditResult onSentence(Side side, Integer index, int extra, SentenceChange change, Function<String, String> summary);

    /**
     * Changes {@code pair}, seeing the {@code before} pairs before it and up to {@code after} pairs from it;
     * {@code summary} words the change from the pair's 0-based position.
     */
    EditResult onPair(Long pair, int before, int after, PairChange change, IntFunction<String> summary);

    /** Realigns the pairs from {@code fromPair} to {@code toPair}, keeping the confirmed ones. */
    EditResult realign(Long fromPair, Long toPair);

    /** Realigns the unconfirmed stretch around {@code pair}, between the confirmed pairs before and after it. */
    EditResult realignAround(Long pair);

    /** What joins two sentences of {@code side}'s language (a space, or nothing in Chinese and Japanese). */
    String separator(Side side);

    @FunctionalInterface
    interface SentenceChange {
        Change apply(Window window, Side side, int index);
    }

    @FunctionalInterface
    interface PairChange {
        Change apply(Window window, int position);
    }

    /** {@code value}, or a refusal naming {@code field} when the client left it out. */
    static <T> T required(T value, String field) {
        if (value == null) {
            throw new InvalidInputException(field, field + " is missing for this operation.");
        }
        return value;
    }

    /** {@code value}, or a refusal naming {@code field} and its {@code allowed} values when the client left it out. */
    static <T> T required(T value, String field, String allowed) {
        if (value == null) {
            throw new InvalidInputException(field, field + " is missing: use " + allowed + ".");
        }
        return value;
    }

    /** A sentence typed by a reviewer: present, of sensible length, and storable in every database. */
    static String sentenceText(String text) {
        String value = required(text, "text");
        if (value.length() > MAX_SENTENCE_CHARS) {
            throw new InvalidInputException("text", "text has " + value.length() + " characters; a sentence may have at most "
                    + MAX_SENTENCE_CHARS + ". Split it first.");
        }
        return StoredText.check("text", value);
    }
}
