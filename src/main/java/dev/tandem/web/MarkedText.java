// SPDX-License-Identifier: Apache-2.0
package dev.tandem.web;

import dev.tandem.search.Highlight;
import java.util.ArrayList;
import java.util.List;

/**
 * A text cut at its highlights into pieces, marked or not, for a template to print each piece escaped (a marked one
 * inside {@code <mark>}): no markup is ever built from the text itself.
 */
public record MarkedText(List<Piece> pieces) {

    public record Piece(String text, boolean marked) {
    }

    /** {@code text} with {@code highlights} (in order, not overlapping, within the text) marked. */
    static MarkedText of(String text, List<Highlight> highlights) {
        var pieces = new ArrayList<Piece>();
        int at = 0;
        for (Highlight highlight : highlights) {
            int start = Math.max(at, Math.min(highlight.start(), text.length()));
            int end = Math.min(highlight.end(), text.length());
            if (start > at) {
                pieces.add(new Piece(text.substring(at, start), false));
            }
            if (end > start) {
                pieces.add(new Piece(text.substring(start, end), true));
                at = end;
            }
        }
        if (at < text.length()) {
            pieces.add(new Piece(text.substring(at), false));
        }
        return new MarkedText(pieces);
    }
}
