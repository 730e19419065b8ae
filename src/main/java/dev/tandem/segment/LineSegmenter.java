// SPDX-License-Identifier: Apache-2.0
package dev.tandem.segment;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Takes already-segmented text as given: every non-blank line is one sentence (trimmed), and a
 * run of blank lines starts a new paragraph. Without blank lines the whole text is paragraph 0.
 */
final class LineSegmenter implements Segmenter {

    @Override
    public List<Segment> split(String text) {
        Objects.requireNonNull(text, "text");
        List<Segment> segments = new ArrayList<>();
        int paragraph = 0;
        boolean breakPending = false;
        for (TextRange line : Lines.of(text)) {
            int start = Chars.skipWhitespace(text, line.start(), line.end());
            if (start == line.end()) {
                breakPending = true;
                continue;
            }
            if (breakPending && !segments.isEmpty()) {
                paragraph++;
            }
            breakPending = false;
            segments.add(new Segment(start, Chars.trimEnd(text, start, line.end()), paragraph));
        }
        return segments;
    }
}
