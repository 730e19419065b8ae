// SPDX-License-Identifier: Apache-2.0
package dev.tandem.formats;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commonmark.ext.gfm.tables.TableCell;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.Code;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.Text;
import org.commonmark.parser.Parser;

/**
 * The text a translator translates in a Markdown (CommonMark, with GitHub tables) file: headings, paragraphs, list
 * items, block quotes and table cells, each a paragraph of its own on one line, paragraphs separated by a blank line
 * (Tandem's segmenter reads a text without blank lines as a paragraph per line). Inline markup is dropped and its
 * text kept: emphasis, code spans, link texts, image alt texts; inline HTML tags are dropped. Code blocks (fenced and
 * indented), HTML blocks and a YAML front matter block ({@code ---} at the very top, {@code key: value} lines
 * between it and the closing {@code ---}) are left out: they are not
 * translated prose. Parsed by commonmark-java, which never fetches anything a link points to.
 */
public final class MarkdownText {
    private static final Parser PARSER = Parser.builder().extensions(List.of(TablesExtension.create())).build();
    private static final Pattern FRONT_MATTER =
            Pattern.compile("\\A---[ \\t]*\\R((?:.*\\R)*?)(?:---|\\.\\.\\.)[ \\t]*(?:\\R|\\z)");
    /**
     * A line of YAML front matter: {@code key: value}, a list item, an indented continuation, a comment or a blank.
     * A file that opens with a thematic break ({@code ---}) and has another further down holds prose between them,
     * which must not be dropped as front matter.
     */
    private static final Pattern YAML_LINE =
            Pattern.compile("[ \\t]*|[ \\t]*#.*|[ \\t]*- .*|[ \\t]+\\S.*|[\\w\"'][\\w .\"'-]*:(?:[ \\t].*)?");
    private static final Pattern BLANKS = Pattern.compile("\\s+");

    private final StringBuilder text = new StringBuilder();

    private MarkdownText() {
    }

    /** The translatable text of {@code markdown}, decoded already; empty when there is none. */
    public static String extract(String markdown) {
        Matcher frontMatter = FRONT_MATTER.matcher(markdown);
        String body = frontMatter.lookingAt() && frontMatter.group(1).lines().allMatch(YAML_LINE.asMatchPredicate())
                ? markdown.substring(frontMatter.end()) : markdown;
        var reader = new MarkdownText();
        reader.blocks(PARSER.parse(body));
        return reader.text.toString();
    }

    private void blocks(Node parent) {
        for (Node node = parent.getFirstChild(); node != null; node = node.getNext()) {
            if (node instanceof Paragraph || node instanceof Heading || node instanceof TableCell) {
                var line = new StringBuilder();
                inline(node, line);
                paragraph(line.toString());
            } else if (!(node instanceof FencedCodeBlock || node instanceof IndentedCodeBlock
                    || node instanceof HtmlBlock)) {
                blocks(node); // lists, items, quotes, tables and their rows hold the blocks above
            }
        }
    }

    private static void inline(Node parent, StringBuilder line) {
        for (Node node = parent.getFirstChild(); node != null; node = node.getNext()) {
            if (node instanceof Text t) {
                line.append(t.getLiteral());
            } else if (node instanceof Code code) {
                line.append(code.getLiteral());
            } else if (node instanceof SoftLineBreak || node instanceof HardLineBreak) {
                line.append(' ');
            } else if (!(node instanceof HtmlInline)) {
                inline(node, line); // emphasis, links, images (whose children are the alt text)
            }
        }
    }

    private void paragraph(String line) {
        String paragraph = BLANKS.matcher(line).replaceAll(" ").strip();
        if (paragraph.isEmpty()) {
            return;
        }
        if (!text.isEmpty()) {
            text.append("\n\n");
        }
        text.append(paragraph);
    }
}
