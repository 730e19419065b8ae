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

    @Test
    void shouldAdviseChoosingAnEncodingUnderTheFormsEncodingBox() {
        assertEquals("The source file: … it looks like GB18030, so choose GB18030 under the original's Encoding.",
                FormWords.of("The source file: … it looks like GB18030, so declare sourceCharset=GB18030."));
        assertEquals("Save it as UTF-8, or declare its real encoding (e.g. choose windows-1252 under the translation's"
                        + " Encoding).",
                FormWords.of("Save it as UTF-8, or declare its real encoding (e.g. targetCharset=windows-1252)."));
        assertEquals("Declare its encoding (e.g. choose windows-1252, GB18030 or Shift_JIS under the original's"
                        + " Encoding) or save it as UTF-8.",
                FormWords.of("Declare its encoding (e.g. sourceCharset=windows-1252, sourceCharset=GB18030 or"
                        + " sourceCharset=Shift_JIS) or save it as UTF-8."));
        assertEquals("Choose UTF-16LE under Encoding.", FormWords.of("declare charset=UTF-16LE."));
    }
}
