// SPDX-License-Identifier: Apache-2.0
package dev.tandem.review;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class TermCheckTest {
    private static final TermCheck CHECK = new TermCheck(List.of(new TermCheck.Term("打印机", "printer"),
            new TermCheck.Term("Bergführer", "guide de montagne")));

    @Test
    void shouldFlagASourceTermTranslatedOtherwise() {
        Optional<String> missing = CHECK.missing("打印机坏了。", "The device is broken.");
        assertTrue(missing.orElseThrow().contains("“打印机”") && missing.orElseThrow().contains("“printer”"), missing.toString());
        assertTrue(CHECK.missing("Die Bergführer warten.", "Les guides attendent.").isPresent());
    }

    @Test
    void shouldTolerateCaseAndInflection() {
        assertEquals(Optional.empty(), CHECK.missing("打印机坏了。", "The PRINTERS are broken."));
        assertEquals(Optional.empty(), CHECK.missing("Die Bergführer warten.", "Les Guides de Montagne attendent."));
    }

    @Test
    void shouldLeavePairsWithoutTheTermAlone() {
        assertEquals(Optional.empty(), CHECK.missing("今天下雨。", "It rains today."));
        assertEquals(Optional.empty(), TermCheck.NONE.missing("打印机坏了。", "The device is broken."));
        // a term's word must begin a word of the text: "printer" is not in "blueprint"
        assertTrue(CHECK.missing("打印机", "a blueprint").isPresent());
    }

    @Test
    void shouldRaiseTheTermFlagAmongTheOthers() {
        List<QaFlag> flags = QaChecks.check(List.of("打印机坏了。"), List.of("The device is broken."), 1.0, CHECK);
        assertEquals(List.of("term"), flags.stream().map(QaFlag::code).toList());
        assertEquals(List.of(), QaChecks.check(List.of("打印机坏了。"), List.of("The device is broken."), 1.0));
    }
}
