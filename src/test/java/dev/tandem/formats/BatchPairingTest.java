// SPDX-License-Identifier: Apache-2.0
package dev.tandem.formats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class BatchPairingTest {
    @Test
    void shouldPairByLanguageCodeInTheFileNameWhateverTheSeparatorAndRegion() {
        BatchPairing pairing = BatchPairing.byName(List.of("report.zh.docx", "report.en.docx", "notes_zh-CN.txt",
                "notes_en.txt", "news-ZH.txt", "news-en.html", "sub/memo.zh-Hans.txt", "sub/memo.en.txt"), "zh", "en");
        assertEquals(List.of(new BatchPair("sub/memo.zh-Hans.txt", "sub/memo.en.txt", "memo"),
                new BatchPair("news-ZH.txt", "news-en.html", "news"),
                new BatchPair("notes_zh-CN.txt", "notes_en.txt", "notes"),
                new BatchPair("report.zh.docx", "report.en.docx", "report")), pairing.pairs());
        assertEquals(List.of(), pairing.leftOut());
    }

    @Test
    void shouldPairByLanguageFolderKeepingTheFoldersAroundIt() {
        BatchPairing pairing = BatchPairing.byName(List.of("articles/", "articles/zh/", "articles/zh/x.txt",
                "articles/en/x.txt", "articles/zh/deep/y.txt", "articles/en/deep/y.txt", "zh/x.txt", "en/x.txt"),
                "zh", "en");
        assertEquals(List.of(new BatchPair("articles/zh/deep/y.txt", "articles/en/deep/y.txt", "deep/y"),
                new BatchPair("articles/zh/x.txt", "articles/en/x.txt", "x"),
                new BatchPair("zh/x.txt", "en/x.txt", "x")), pairing.pairs());
    }

    @Test
    void shouldListWhatPairsWithNothingWithTheNameItExpectedAndIgnoreSystemFilesSilently() {
        BatchPairing pairing = BatchPairing.byName(List.of("zh/x.txt", "en/y.txt", "readme.txt", "report.zh.docx",
                "__MACOSX/zh/._x.txt", ".DS_Store", "zh/Thumbs.db", "zh/._x.txt"), "zh", "en");
        assertEquals(List.of(), pairing.pairs());
        assertEquals(List.of(new BatchLeftOut(null, "en/y.txt", "no original found for en/y.txt: expected zh/y.txt"),
                new BatchLeftOut("readme.txt", null, "its name says neither zh nor en: name the files like"
                        + " report.zh.txt and report.en.txt, put them in folders zh/ and en/, or list the pairs in a"
                        + " manifest"),
                new BatchLeftOut("report.zh.docx", null, "no translation found for report.zh.docx: expected"
                        + " report.en.docx"),
                new BatchLeftOut("zh/x.txt", null, "no translation found for zh/x.txt: expected en/x.txt")),
                pairing.leftOut());
    }

    @Test
    void shouldOrderPairsByTitleWithNumbersComparedAsNumbers() {
        BatchPairing pairing = BatchPairing.byName(List.of("ch-10.zh.txt", "ch-10.en.txt", "ch-2.zh.txt",
                "ch-2.en.txt", "ch-1.zh.txt", "ch-1.en.txt", "ch-02b.zh.txt", "ch-02b.en.txt"), "zh", "en");
        assertEquals(List.of("ch-1", "ch-2", "ch-02b", "ch-10"), pairing.pairs().stream().map(BatchPair::title).toList());
    }

    @Test
    void shouldRefuseTwoOriginalsNamedAlikeRatherThanGuess() {
        BatchPairing pairing = BatchPairing.byName(List.of("a.zh.txt", "a.zh.docx", "a.en.txt"), "zh", "en");
        assertEquals(List.of(), pairing.pairs());
        assertEquals(3, pairing.leftOut().size());
        assertTrue(pairing.leftOut().get(0).reason().startsWith("it is one of 2 originals named alike"),
                pairing.leftOut().toString());
    }

    @Test
    void shouldNeedTheWholeTagWhenBothLanguagesShareTheirPrimarySubtag() {
        BatchPairing pairing = BatchPairing.byName(List.of("guide.en-US.txt", "guide.en-GB.txt", "guide.en.txt"),
                "en-US", "en-GB");
        assertEquals(List.of(new BatchPair("guide.en-US.txt", "guide.en-GB.txt", "guide")), pairing.pairs());
        assertEquals("guide.en.txt", pairing.leftOut().get(0).entry());
    }

    @Test
    void shouldPairAsTheManifestSaysAndListTheRest() throws UnreadableDocumentException {
        BatchManifest manifest = BatchManifest.parse("source,target,title\r\n"
                + "orig/one.txt,trans/1.txt,\"Chapter one, revised\"\r\n"
                + "orig/two.txt,trans/2.txt\n"
                + "orig/three.txt,trans/missing.txt,Three\n"
                + "orig/two.txt,trans/3.txt,Again\n");
        BatchPairing pairing = BatchPairing.byManifest(List.of("orig/", "orig/one.txt", "orig/two.txt",
                "orig/three.txt", "trans/1.txt", "trans/2.txt", "trans/3.txt", ".DS_Store"), manifest);
        assertEquals(List.of(new BatchPair("orig/one.txt", "trans/1.txt", "Chapter one, revised"),
                new BatchPair("orig/two.txt", "trans/2.txt", "two")), pairing.pairs());
        assertEquals(List.of(
                new BatchLeftOut("orig/three.txt", "trans/missing.txt", "manifest line 4: the translation"
                        + " trans/missing.txt is not in the zip (names are paths inside the zip, with / between"
                        + " folders, and case counts)"),
                new BatchLeftOut("orig/three.txt", null, "the manifest does not list it"),
                new BatchLeftOut("orig/two.txt", "trans/3.txt", "manifest line 5: orig/two.txt is already paired"
                        + " on line 3: each file goes into one pair"),
                new BatchLeftOut("trans/3.txt", null, "the manifest does not list it")), pairing.leftOut());
    }

    @Test
    void shouldReadManifestsWithoutHeaderWithQuotesAndLineBreaksInQuotes() throws UnreadableDocumentException {
        BatchManifest manifest = BatchManifest.parse("\uFEFFa.txt,b.txt,\"Say \"\"hi\"\"\nthere\"\n\n c.txt , d.txt \n");
        assertEquals(List.of(new BatchManifest.Line(1, "a.txt", "b.txt", "Say \"hi\"\nthere"),
                new BatchManifest.Line(4, "c.txt", "d.txt", "")), manifest.lines());
    }

    @Test
    void shouldRefuseAManifestItCannotReadNamingTheLine() {
        assertEquals("The manifest's line 2 has 4 fields; each line is source,target or source,target,title (a"
                        + " field holding a comma goes in double quotes).",
                assertThrows(UnreadableDocumentException.class,
                        () -> BatchManifest.parse("a,b\nc,d,e,f\n")).getMessage());
        assertTrue(assertThrows(UnreadableDocumentException.class, () -> BatchManifest.parse("a,\"b\n"))
                .getMessage().startsWith("The manifest's line 1 opens a quoted field"));
        assertTrue(assertThrows(UnreadableDocumentException.class, () -> BatchManifest.parse("source,target\n"))
                .getMessage().startsWith("The manifest lists no pair"));
        assertTrue(assertThrows(UnreadableDocumentException.class, () -> BatchManifest.parse(",b.txt\n"))
                .getMessage().contains("has no source"));
    }
}
