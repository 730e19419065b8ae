// SPDX-License-Identifier: Apache-2.0
package dev.tandem.formats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class HtmlTextTest {

    private static String extract(String html) throws UnreadableDocumentException {
        return HtmlText.extract(html.getBytes(StandardCharsets.UTF_8), null, 1_000_000);
    }

    @Test
    void shouldTurnBlocksIntoParagraphsSeparatedByBlankLines() throws Exception {
        String html = """
                <!DOCTYPE html>
                <html><head><title>Ignored title</title><style>p { color: red }</style>
                <script>var x = "<p>not text</p>";</script></head>
                <body>
                  <h1>Snow   in
                      Beijing</h1>
                  <p>It snowed. The <b>children</b> were <a href="#">happy</a>.</p>
                  <div>A div<div>nested div</div>tail of the div</div>
                  <ul><li>First item.</li><li>Second <em>item</em>.</li></ul>
                  <table><tr><th>Name</th><td>Value one</td></tr><tr><td>A2</td><td>B2</td></tr></table>
                  <noscript>Enable JavaScript.</noscript>
                  <script>document.write("x")</script>
                </body></html>
                """;
        assertEquals("Snow in Beijing\n\nIt snowed. The children were happy.\n\nA div\n\nnested div\n\n"
                + "tail of the div\n\nFirst item.\n\nSecond item.\n\nName\n\nValue one\n\nA2\n\nB2", extract(html));
    }

    @Test
    void shouldKeepLineBreaksAndPreformattedText() throws Exception {
        assertEquals("Roses are red,\nviolets are blue.\n\nline one\n  indented",
                extract("<p>Roses are red, <br> <br>violets are blue.</p><pre>line one\n  indented</pre>"));
    }

    @Test
    void shouldDecodeEntities() throws Exception {
        assertEquals("Tom & Jerry said “hi” — é\u00a0x <script>", extract("<p>Tom &amp; Jerry said &ldquo;hi&rdquo;"
                + " &mdash; &eacute;&nbsp;x &lt;script&gt;</p>"));
    }

    @Test
    void shouldTakeTheCharsetFromTheMetaTag() throws Exception {
        Charset cp1252 = Charset.forName("windows-1252");
        byte[] page = "<html><head><meta charset=\"windows-1252\"></head><body><p>Café – naïve</p></body></html>"
                .getBytes(cp1252);
        assertEquals("Café – naïve", HtmlText.extract(page, null, 1000));
        byte[] httpEquiv = ("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=Shift_JIS\">"
                + "</head><body><p>こんにちは。</p></body></html>").getBytes(Charset.forName("Shift_JIS"));
        assertEquals("こんにちは。", HtmlText.extract(httpEquiv, null, 1000));
    }

    @Test
    void shouldPreferAByteOrderMarkAndTheUploadersCharset() throws Exception {
        byte[] utf16 = "\uFEFF<html><head><meta charset=\"iso-8859-1\"></head><body><p>日本語</p></body></html>"
                .getBytes(StandardCharsets.UTF_16LE);
        assertEquals("日本語", HtmlText.extract(utf16, null, 1000));
        byte[] gb = "<p>北京</p>".getBytes(Charset.forName("GB18030"));
        assertEquals("北京", HtmlText.extract(gb, "GB18030", 1000));
    }

    @Test
    void shouldRefuseBytesInvalidInTheDeclaredCharset() {
        byte[] page = ("<meta charset=\"utf-8\"><p>caf\u00e9</p>").getBytes(StandardCharsets.ISO_8859_1);
        var e = assertThrows(UnreadableDocumentException.class, () -> HtmlText.extract(page, null, 1000));
        assertTrue(e.getMessage().contains("declares its encoding as utf-8"), e.getMessage());
        assertTrue(e.getMessage().contains("offset"), e.getMessage());
    }

    @Test
    void shouldRefuseADoctypeWithEntityDeclarations() {
        var xxe = assertThrows(UnreadableDocumentException.class, () -> extract(
                "<!DOCTYPE html [ <!ENTITY xxe SYSTEM \"file:///etc/passwd\"> ]><html><body><p>&xxe;</p></body></html>"));
        assertTrue(xxe.getMessage().contains("<!DOCTYPE html>"), xxe.getMessage());
        StringBuilder laughs = new StringBuilder("<!DOCTYPE html [ <!ENTITY lol0 \"lol\">");
        for (int i = 1; i <= 10; i++) {
            laughs.append("<!ENTITY lol").append(i).append(" \"").append(("&lol" + (i - 1) + ";").repeat(10)).append("\">");
        }
        laughs.append("]><html><body><p>&lol10;</p></body></html>");
        assertTimeoutPreemptively(Duration.ofSeconds(20),
                () -> assertThrows(UnreadableDocumentException.class, () -> extract(laughs.toString())));
    }

    @Test
    void shouldLeaveUnknownEntitiesAsTyped() throws Exception {
        assertEquals("&xxe; stays", extract("<!DOCTYPE html><p>&xxe; stays</p>"));
    }

    @Test
    void shouldRefuseTextOverTheLimit() {
        byte[] page = ("<p>" + "word ".repeat(500) + "</p>").getBytes(StandardCharsets.UTF_8);
        assertThrows(DocumentTooLargeException.class, () -> HtmlText.extract(page, null, 1000));
    }

    @Test
    void shouldDropRubyReadingsAndKeepTheBaseText() throws Exception {
        assertEquals("昨夜から町に大雪が降り続いた。", extract("<p><ruby>昨夜<rp>(</rp><rt>さくや</rt><rp>)</rp></ruby>から"
                + "<ruby>町<rt>まち</rt></ruby>に大雪が降り続いた。</p>"));
        assertEquals("北京下雪了。", extract("<p><ruby>北<rt>běi</rt>京<rt>jīng</rt></ruby>下雪了。</p>"));
    }
}
