// SPDX-License-Identifier: Apache-2.0
package dev.tandem.segment;

import java.util.List;

/**
 * Splits a text into sentences.
 *
 * <p>Contract of every implementation:
 * <ul>
 *   <li>The result is never {@code null}; empty or whitespace-only text gives an empty list.</li>
 *   <li>Segments are in text order, do not overlap, are non-empty and trimmed.</li>
 *   <li>Everything between two segments, before the first and after the last is whitespace, so
 *       the text is rebuilt exactly from the segments and the gaps between them (lossless).</li>
 *   <li>Paragraph numbers start at 0, never decrease, and grow by one at each paragraph that holds
 *       a sentence; a sentence never crosses a paragraph break.</li>
 *   <li>Implementations are immutable and {@link #split} is safe to call from many threads.</li>
 * </ul>
 */
public interface Segmenter {

    /**
     * Splits {@code text} into sentences.
     *
     * @throws NullPointerException if {@code text} is null
     */
    List<Segment> split(String text);
}
