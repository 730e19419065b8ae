// SPDX-License-Identifier: Apache-2.0
package dev.tandem.formats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.junit.jupiter.api.Test;

class XmlTextTest {

    @Test
    void shouldReturnSameInstanceWhenClean() {
        String clean = "tab\tLF\nCR\r 😀 中文 \uFFFD";
        assertSame(clean, XmlText.clean(clean));
    }

    @Test
    void shouldDropForbiddenCharactersOnly() {
        assertEquals("ab😀cd", XmlText.clean("\u0000a\u0008b😀\uDBFF\uFFFEc\uDC00\u001Fd\uFFFF"));
        assertEquals("", XmlText.clean("\uD83D"));
        assertEquals("\u0085\u007F\u00A0", XmlText.clean("\u0085\u007F\u00A0"));
    }
}
