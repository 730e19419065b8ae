// SPDX-License-Identifier: Apache-2.0
package dev.tandem.formats;

import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;

/**
 * The text of an HTML page: each block element (paragraph, heading, list item, table cell, …) becomes a paragraph,
 * paragraphs are separated by blank lines, {@code <br>} is a line break, whitespace collapses as a browser shows it
 * (except in {@code <pre>}), entities are decoded. Scripts, styles, {@code <noscript>}, {@code <template>} and the
 * head are dropped, and so are ruby annotations ({@code <rt>} readings such as furigana or pinyin, and their
 * {@code <rp>} parentheses): the base text is the sentence, as ODT's ruby is read.
 *
 * <p>Charset: a byte order mark, else the declared charset (from the upload), else the page's own {@code <meta>}
 * or XML declaration, else detection, all decoded strictly by {@link TextDecoder}. jsoup never loads DTDs or
 * anything external; a DOCTYPE with an internal subset (entity declarations) is refused all the same, since no HTML
 * page needs one and it is the signature of an XXE or entity-expansion attempt.
 */
public final class HtmlText {
    private static final Set<String> DROPPED = Set.of("head", "script", "style", "noscript", "template", "iframe",
            "object", "embed", "svg", "math", "canvas", "select", "datalist", "rt", "rp");
    private static final Set<String> BLOCKS = Set.of("address", "article", "aside", "blockquote", "body", "caption",
            "center", "dd", "details", "dialog", "dir", "div", "dl", "dt", "fieldset", "figcaption", "figure",
            "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hgroup", "hr", "legend", "li", "listing",
            "main", "menu", "nav", "ol", "p", "pre", "section", "summary", "table", "tbody", "td", "tfoot", "th",
            "thead", "tr", "ul", "xmp", "option", "textarea");
    private static final Set<String> PREFORMATTED = Set.of("pre", "listing", "xmp", "textarea");
    private static final Pattern INTERNAL_SUBSET = Pattern.compile("<!DOCTYPE[^>\\[]*\\[", Pattern.CASE_INSENSITIVE);
    /** HTML whitespace; a no-break space is content, not layout. */
    private static final Pattern WHITESPACE = Pattern.compile("[ \\t\\n\\r\\f]+");

    private final StringBuilder text = new StringBuilder();
    private final StringBuilder paragraph = new StringBuilder();
    private final int maxChars;
    private int preformatted;

    private HtmlText(int maxChars) {
        this.maxChars = maxChars;
    }

    /**
     * @param bytes           the uploaded file
     * @param declaredCharset the charset the uploader declared, or null
     * @param maxChars        the most characters of text to extract
     * @throws UnreadableDocumentException if the bytes do not decode, or the page has a DOCTYPE internal subset
     * @throws DocumentTooLargeException   if the text passes {@code maxChars}
     */
    public static String extract(byte[] bytes, String declaredCharset, int maxChars)
            throws UnreadableDocumentException {
        return extract(bytes, declaredCharset, LanguageCharacters.ANY, maxChars);
    }

    /** As {@link #extract(byte[], String, int)}, with a detected charset judged for the page's language. */
    public static String extract(byte[] bytes, String declaredCharset, LanguageCharacters language, int maxChars)
            throws UnreadableDocumentException {
        String html = decode(bytes, declaredCharset, language);
        var doctype = INTERNAL_SUBSET.matcher(html);
        if (doctype.find()) {
            throw new UnreadableDocumentException("The HTML file's DOCTYPE declares entities or other markup of its"
                    + " own (an internal subset in [...] at character " + doctype.start() + "), which Tandem refuses"
                    + " for security reasons: no web page needs it. Replace it with <!DOCTYPE html> and upload the"
                    + " file again.");
        }
        var extractor = new HtmlText(maxChars);
        Element body = Jsoup.parse(html).body();
        try {
            body.filter(extractor.new Collector());
        } catch (TooMuchText e) {
            throw new DocumentTooLargeException("The page has more than " + maxChars + " characters of text"
                    + " (tandem.import.max-chars). Split it into parts and upload them one by one.");
        }
        extractor.endParagraph();
        return extractor.text.toString();
    }

    private static String decode(byte[] bytes, String declaredCharset, LanguageCharacters language)
            throws UnreadableDocumentException {
        boolean uploaderDeclared = declaredCharset != null && !declaredCharset.isBlank();
        Optional<String> pageDeclared = uploaderDeclared ? Optional.empty() : HtmlCharset.declared(bytes);
        try {
            return TextDecoder.decode(bytes, uploaderDeclared ? declaredCharset : pageDeclared.orElse(null), language)
                    .text();
        } catch (UndecodableTextException e) {
            String origin = pageDeclared.map(name -> "The page declares its encoding as " + name
                    + " (in <meta charset> or the XML declaration). ").orElse("");
            throw new UnreadableDocumentException(origin + e.getMessage(), e);
        }
    }

    private final class Collector implements NodeFilter {
        @Override
        public FilterResult head(Node node, int depth) {
            if (node instanceof TextNode textNode) {
                addText(textNode.getWholeText());
            } else if (node instanceof Element element) {
                String tag = element.normalName();
                if (DROPPED.contains(tag)) {
                    return FilterResult.SKIP_ENTIRELY;
                }
                if (tag.equals("br")) {
                    lineBreak();
                } else if (BLOCKS.contains(tag)) {
                    endParagraph();
                }
                if (PREFORMATTED.contains(tag)) {
                    preformatted++;
                }
            }
            return FilterResult.CONTINUE;
        }

        @Override
        public FilterResult tail(Node node, int depth) {
            if (node instanceof Element element) {
                String tag = element.normalName();
                if (PREFORMATTED.contains(tag)) {
                    preformatted--;
                }
                if (BLOCKS.contains(tag)) {
                    endParagraph();
                }
            }
            return FilterResult.CONTINUE;
        }
    }

    private void addText(String raw) {
        if (preformatted > 0) {
            paragraph.append(raw.replace("\r\n", "\n").replace('\r', '\n'));
        } else {
            String collapsed = WHITESPACE.matcher(raw).replaceAll(" ");
            boolean atLineStart = paragraph.isEmpty() || paragraph.charAt(paragraph.length() - 1) == '\n'
                    || paragraph.charAt(paragraph.length() - 1) == ' ';
            paragraph.append(atLineStart && collapsed.startsWith(" ") ? collapsed.substring(1) : collapsed);
        }
        if (text.length() + paragraph.length() > maxChars) {
            throw new TooMuchText();
        }
    }

    /** A run of {@code <br>}s is one line break, so that it cannot split a paragraph into two by accident. */
    private void lineBreak() {
        trimTrailingSpaces();
        if (!paragraph.isEmpty() && paragraph.charAt(paragraph.length() - 1) != '\n') {
            paragraph.append('\n');
        }
    }

    private void endParagraph() {
        String p = paragraph.toString().strip();
        paragraph.setLength(0);
        if (p.isEmpty()) {
            return;
        }
        if (!text.isEmpty()) {
            text.append("\n\n");
        }
        text.append(p);
    }

    private void trimTrailingSpaces() {
        while (!paragraph.isEmpty() && paragraph.charAt(paragraph.length() - 1) == ' ') {
            paragraph.setLength(paragraph.length() - 1);
        }
    }

    /** Unwinds the traversal once the text is over the limit. */
    private static final class TooMuchText extends RuntimeException {
        private static final long serialVersionUID = 1L;

        TooMuchText() {
            super(null, null, false, false);
        }
    }
}
