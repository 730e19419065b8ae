// SPDX-License-Identifier: Apache-2.0
package dev.tandem.service;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class MosesSinkTest {

    @Test
    void shouldNameTheFilesAfterTheTitleWithoutTheUploadsExtension() {
        assertEquals("snow-en", MosesSink.baseName("snow-en.odt"));
        assertEquals("Chapter_1", MosesSink.baseName("Chapter 1.DOCX"));
        assertEquals("report.v2", MosesSink.baseName("report.v2"));
        assertEquals("Snow_report_2026", MosesSink.baseName("Snow report 2026"));
        assertEquals("corpus", MosesSink.baseName(".txt"));
        assertEquals("北京_雪", MosesSink.baseName("北京 雪.md"));
    }
}
