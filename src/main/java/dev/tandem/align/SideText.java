// SPDX-License-Identifier: Apache-2.0
package dev.tandem.align;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * One side of a document to align.
 *
 * <p>{@code sentences} are in document order; sentence {@code i} is index {@code i} of every
 * {@link Bead} range. {@code paragraphs[i]} is the 0-based paragraph number of sentence {@code i}
 * (non-decreasing, same length as {@code sentences}), or {@code null} when paragraphs are unknown.
 * An empty sentence list is allowed. The array is copied on construction and on access, so an
 * instance is immutable and can be shared between threads.
 *
 * @param language   BCP-47 tag of the text, or null: it selects only how words are cut (ICU word breaks) and which
 *                   number words are read; the rest of the aligner is language independent
 * @param sentences  the sentences, never {@code null}, no {@code null} elements
 * @param paragraphs paragraph number per sentence, or {@code null}
 */
public record SideText(String language, List<String> sentences, int[] paragraphs) {

    public SideText {
        Objects.requireNonNull(sentences, "sentences");
        sentences = List.copyOf(sentences);
        if (paragraphs != null) {
            if (paragraphs.length != sentences.size()) {
                throw new IllegalArgumentException("paragraphs has " + paragraphs.length
                        + " entries for " + sentences.size() + " sentences");
            }
            paragraphs = paragraphs.clone();
            for (int i = 0; i < paragraphs.length; i++) {
                if (paragraphs[i] < 0 || (i > 0 && paragraphs[i] < paragraphs[i - 1])) {
                    throw new IllegalArgumentException("paragraph numbers must be non-negative and non-decreasing, at " + i);
                }
            }
        }
    }

    /** A side without paragraph information. */
    public static SideText of(String language, List<String> sentences) {
        return new SideText(language, sentences, null);
    }

    @Override
    public int[] paragraphs() {
        return paragraphs == null ? null : paragraphs.clone();
    }

    /** Number of sentences. */
    public int size() {
        return sentences.size();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof SideText other && Objects.equals(language, other.language)
                && sentences.equals(other.sentences) && Arrays.equals(paragraphs, other.paragraphs);
    }

    @Override
    public int hashCode() {
        return Objects.hash(language, sentences, Arrays.hashCode(paragraphs));
    }

    @Override
    public String toString() {
        return "SideText[" + language + ", " + sentences.size() + " sentences"
                + (paragraphs == null ? "" : ", paragraphs") + "]";
    }
}
