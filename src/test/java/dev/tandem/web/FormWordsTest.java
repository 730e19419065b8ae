// SPDX-License-Identifier: Apache-2.0
package dev.tandem.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class FormWordsTest {

    @Test
    void shouldNameFieldsByTheirLabels() {
        assertEquals("The source language 'chinese' names no known language; use an ISO 639 code such as zh.",
                FormWords.of("sourceLanguage 'chinese' names no known language; use an ISO 639 code such as zh."));
        assertEquals("Upload a file or paste the text into the original's text box.",
                FormWords.of("Upload a file or paste the text into sourceText."));
        assertEquals("A sourceTexts field and targetTextual stay as they are.",
                FormWords.of("A sourceTexts field and targetTextual stay as they are."));
    }

    @Test
    void shouldGiveTheFormsWayToSkipTheLanguageCheck() {
        assertEquals("If the text really is German mixed with another language, tick “Import anyway” under"
                        + " Sentences and send the form again.",
                FormWords.of("If the text really is German mixed with another language, import it with"
                        + " languageCheck=off (on the upload page: tick \"Import anyway\")."));
    }
}
