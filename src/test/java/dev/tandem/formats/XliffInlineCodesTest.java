// SPDX-License-Identifier: Apache-2.0
package dev.tandem.formats;

import static dev.tandem.formats.XliffReaderTest.read;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Inline codes and several {@code <file>}s of CAT-tool XLIFF (OmegaT, Okapi, Trados) as a translator reads them. */
class XliffInlineCodesTest {
    private static final String OMEGAT = """
            <?xml version="1.0" encoding="UTF-8"?>
            <xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2">
              <file original="manual.html" source-language="fr-FR" target-language="en-US" datatype="html"><body>
                <trans-unit id="1" approved="yes">
                  <source>Cliquez sur <g id="1" ctype="bold">Enregistrer</g> pour continuer.</source>
                  <target state="translated">Click <g id="1" ctype="bold">Save</g> to continue.</target></trans-unit>
                <trans-unit id="2"><source>Ligne un<x id="2" ctype="lb"/>ligne deux.</source>
                  <target state="translated">Line one<x id="2" ctype="lb"/>line two.</target></trans-unit>
                <trans-unit id="3"><source><x id="3" equiv-text="{0}"/> éléments trouvés.</source>
                  <target><x id="3" equiv-text="{0}"/> items found.</target></trans-unit>
                <trans-unit id="4"><source>Voir <bx id="4"/>la page<ex id="4"/> suivante.</source>
                  <target>See the <bx id="4"/>next<ex id="4"/> page.</target></trans-unit>
                <trans-unit id="5"><source>Valeur : <ph id="5">%s</ph></source>
                  <target>Value: <ph id="5">%s</ph></target></trans-unit>
                <trans-unit id="6"><source><x id="6"/></source><target><x id="6"/></target></trans-unit>
              </body></file>
            </xliff>
            """;
    private static final String V20 = """
            <?xml version="1.0" encoding="UTF-8"?>
            <xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0" srcLang="fr" trgLang="en">
              <file id="f1">
                <unit id="u1">
                  <originalData>
                    <data id="d1">&lt;b&gt;</data><data id="d2">&lt;/b&gt;</data><data id="d3">&lt;br/&gt;</data>
                    <data id="d4">{count}</data>
                  </originalData>
                  <segment state="final">
                    <source>Ouvrez le menu <pc id="1" dataRefStart="d1" dataRefEnd="d2">Fichier</pc>.</source>
                    <target>Open the <pc id="1" dataRefStart="d1" dataRefEnd="d2">File</pc> menu.</target>
                  </segment>
                  <ignorable><source> </source></ignorable>
                  <segment state="final">
                    <source>Puis<ph id="2" dataRef="d3"/>choisissez Quitter.</source>
                    <target>Then<ph id="2" dataRef="d3"/>choose Quit.</target>
                  </segment>
                  <segment state="final">
                    <source><ph id="5" dataRef="d4"/> fichiers.</source><target><ph id="5" dataRef="d4"/> files.</target>
                  </segment>
                </unit>
                <unit id="u2">
                  <segment state="reviewed">
                    <source><sc id="3"/>Attention :<ec startRef="3"/> <ph id="4" equiv="{0}"/> erreurs.</source>
                    <target><sc id="3"/>Warning:<ec startRef="3"/> <ph id="4" equiv="{0}"/> errors.</target>
                  </segment>
                  <segment><source><ph id="6" disp="[image]"/></source><target><ph id="6"/></target></segment>
                </unit>
              </file>
            </xliff>
            """;
    private static final String TWO_FILES = """
            <?xml version="1.0" encoding="UTF-8"?>
            <xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2">
              <file original="a.txt" source-language="fr" target-language="en" datatype="plaintext"><body>
                <trans-unit id="1"><source>Bonjour.</source><target>Hello.</target></trans-unit>
              </body></file>
              <file original="a.txt" source-language="fr" target-language="de" datatype="plaintext"><body>
                <trans-unit id="1"><source>Bonjour.</source><target>Hallo.</target></trans-unit>
              </body></file>
            </xliff>
            """;

    @Test
    void shouldReadXliff12CodesAsTheTranslatorReadsThem() throws Exception {
        XliffContent content = read(OMEGAT, "fr", "en");
        assertEquals(List.of(new XliffUnit("Cliquez sur Enregistrer pour continuer.", "Click Save to continue."),
                new XliffUnit("Ligne un ligne deux.", "Line one line two."),
                new XliffUnit("{0} éléments trouvés.", "{0} items found."),
                new XliffUnit("Voir la page suivante.", "See the next page."),
                new XliffUnit("Valeur : %s", "Value: %s")), content.units());
        assertEquals(1, content.skippedUnits());
        assertEquals(1, content.codeOnlyUnits());
    }

    @Test
    void shouldReadXliff20CodesWithTheirEquivalentsAndOriginalData() throws Exception {
        XliffContent content = read(V20, "fr", "en");
        assertEquals(List.of(new XliffUnit("Ouvrez le menu Fichier.", "Open the File menu."),
                new XliffUnit("Puis choisissez Quitter.", "Then choose Quit."),
                new XliffUnit("{count} fichiers.", "{count} files."),
                new XliffUnit("Attention : {0} erreurs.", "Warning: {0} errors.")), content.units());
        assertEquals(1, content.codeOnlyUnits());
    }

    @Test
    void shouldTakeTheFilesInTheProjectsLanguagesAndNameTheOthers() throws Exception {
        XliffContent english = read(TWO_FILES, "fr", "en");
        assertEquals(List.of(new XliffUnit("Bonjour.", "Hello.")), english.units());
        assertEquals(List.of("fr → de"), english.otherFiles());
        XliffContent german = read(TWO_FILES, "fr", "de");
        assertEquals(List.of(new XliffUnit("Bonjour.", "Hallo.")), german.units());
        assertEquals(List.of("fr → en"), german.otherFiles());
    }

    @Test
    void shouldRefuseWhenNoFileIsInTheProjectsLanguages() {
        var refused = assertThrows(UnreadableDocumentException.class, () -> read(TWO_FILES, "fr", "es"));
        assertTrue(refused.getMessage().contains("translates fr → en, fr → de, but this project is fr → es"),
                refused.getMessage());
    }

    @Test
    void shouldTellVariablesFromMarkup() {
        for (String variable : List.of("{0}", "{name}", "{0,number}", "{{x}}", "%s", "%1$s", "%d", "%.2f", "$VAR",
                "${user.name}", "%1", "%USERPROFILE%", "<filename>", "<var>")) {
            assertTrue(InlineText.isVariable(variable), variable);
        }
        for (String markup : List.of("<br/>", "<br>", "<b>", "</b>", "<img src=\"a.png\"/>", "\n", "", "[image]",
                "<span class=\"x\">")) {
            assertTrue(!InlineText.isVariable(markup), markup);
        }
    }
}
