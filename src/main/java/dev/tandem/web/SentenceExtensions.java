// SPDX-License-Identifier: Apache-2.0
package dev.tandem.web;

import dev.tandem.review.DirectionControls;
import dev.tandem.service.SentenceView;
import io.quarkus.qute.TemplateExtension;
import java.util.stream.Collectors;

/** What a reviewer cannot see in a sentence's text but should know of. */
@TemplateExtension
public class SentenceExtensions {
    private SentenceExtensions() {
    }

    /**
     * The invisible direction controls (embeddings, overrides, isolates) in the sentence, as "U+202E, U+2066", or
     * empty: they reverse how part of it is shown, so that it reads differently from what it holds.
     */
    static String directionControls(SentenceView sentence) {
        return sentence.text().chars().filter(DirectionControls::is).distinct()
                .mapToObj(c -> String.format("U+%04X", c)).collect(Collectors.joining(", "));
    }
}
