// SPDX-License-Identifier: Apache-2.0
package dev.tandem.tmx;

import static dev.tandem.tmx.TmxReaderTest.read;
import static dev.tandem.tmx.TmxReaderTest.tmx;
import static dev.tandem.tmx.TmxReaderTest.tu;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Inline codes of CAT-tool memories (Trados, OmegaT) read as a translator reads the segment. */
class TmxInlineCodesTest {

    private static List<String> sources(TmxContent content) {
        return content.units().stream().map(TmxUnit::sourceText).toList();
    }

    private static List<String> targets(TmxContent content) {
        return content.units().stream().map(TmxUnit::targetText).toList();
    }

    @Test
    void shouldTurnALineBreakCodeIntoASpaceSoWordsDoNotFuse() {
        TmxContent content = read(tmx(tu("fr-FR", "Le fichier<ph x=\"1\" type=\"lb\">&lt;br/&gt;</ph>a été supprimé.",
                "en-US", "The file<ph x=\"1\" type=\"lb\">&lt;br/&gt;</ph>was deleted.")), "fr", "en");
        assertEquals(List.of("Le fichier a été supprimé."), sources(content));
        assertEquals(List.of("The file was deleted."), targets(content));
    }

    @Test
    void shouldKeepPlaceholderVariables() {
        TmxContent content = read(tmx(
                tu("fr-FR", "<ph x=\"1\">{0}</ph> fichiers copiés sur <ph x=\"2\">{1}</ph>.",
                        "en-US", "<ph x=\"1\">{0}</ph> files copied to <ph x=\"2\">{1}</ph>.")
                + tu("fr-FR", "Bonjour <ph>%s</ph>, vous avez <ph>%1$d</ph> messages de <ph>{{user}}</ph>.",
                        "en-US", "Hello <ph>%s</ph>, you have <ph>%1$d</ph> messages from <ph>{{user}}</ph>.")
                + tu("fr-FR", "Copiez <ph>$HOME</ph> vers <ph>&lt;dossier&gt;</ph>.",
                        "en-US", "Copy <ph>$HOME</ph> to <ph>&lt;folder&gt;</ph>.")), "fr", "en");
        assertEquals(List.of("{0} fichiers copiés sur {1}.", "Bonjour %s, vous avez %1$d messages de {{user}}.",
                "Copiez $HOME vers <dossier>."), sources(content));
        assertEquals(List.of("{0} files copied to {1}.", "Hello %s, you have %1$d messages from {{user}}.",
                "Copy $HOME to <folder>."), targets(content));
    }

    @Test
    void shouldDropPairedFormattingWithoutAddingSpaces() {
        TmxContent content = read(tmx(
                tu("fr-FR", "Cliquez sur <bpt i=\"1\" type=\"bold\">&lt;b&gt;</bpt>Enregistrer<ept i=\"1\">&lt;/b&gt;</ept>"
                                + " pour garder vos modifications.",
                        "en-US", "Click <bpt i=\"1\">&lt;b&gt;</bpt>Save<ept i=\"1\">&lt;/b&gt;</ept> to keep your changes.")
                + tu("fr-FR", "<it pos=\"begin\" x=\"1\">&lt;i&gt;</it>Voir le chapitre 3.",
                        "en-US", "<it pos=\"begin\" x=\"1\">&lt;i&gt;</it>See chapter 3.")
                + tu("fr-FR", "Mot<bpt i=\"1\">&lt;b&gt;</bpt>gras<ept i=\"1\">&lt;/b&gt;</ept>.",
                        "en-US", "Bold<bpt i=\"1\">&lt;b&gt;</bpt>word<ept i=\"1\">&lt;/b&gt;</ept>.")
                + tu("fr-FR", "Appuyez sur <hi type=\"b\">Entrée</hi>.", "en-US", "Press <hi type=\"b\">Enter</hi>.")),
                "fr", "en");
        assertEquals(List.of("Cliquez sur Enregistrer pour garder vos modifications.", "Voir le chapitre 3.",
                "Motgras.", "Appuyez sur Entrée."), sources(content));
        assertEquals(List.of("Click Save to keep your changes.", "See chapter 3.", "Boldword.", "Press Enter."),
                targets(content));
    }

    @Test
    void shouldPutASpaceOnlyWhereWordsWouldFuse() {
        TmxContent content = read(tmx(
                tu("fr", "Tapez <ph x=\"1\">&lt;a title=\"<sub>Aide en ligne</sub>\"&gt;</ph>ici.",
                        "en", "Type <ph x=\"1\">&lt;a title=\"<sub>Online help</sub>\"&gt;</ph>here.")
                + tu("fr", "Fin<ph/>.", "en", "End.<ph>&lt;br/&gt;</ph>Next")
                + tu("fr", "二行<ph>&lt;br/&gt;</ph>目です。", "en", "Line<ph/>two")), "fr", "en");
        assertEquals(List.of("Tapez ici.", "Fin.", "二行目です。"), sources(content));
        assertEquals(List.of("Type here.", "End. Next", "Line two"), targets(content));
    }

    @Test
    void shouldSkipAndCountUnitsHoldingOnlyCodes() {
        TmxContent content = read(tmx(
                tu("fr", "<ph x=\"1\">&lt;img src=\"logo.png\"/&gt;</ph>", "en", "<ph x=\"1\">&lt;img src=\"logo.png\"/&gt;</ph>")
                + tu("fr", " <ph>{0}</ph> ", "en", "<ph>{0}</ph>")
                + tu("fr", "Texte.", "en", "Text.")
                + tu("fr", "Seul.")), "fr", "en");
        assertEquals(List.of("Texte."), sources(content));
        assertEquals(3, content.skippedUnits());
        assertEquals(2, content.codeOnlyUnits());
    }
}
