// SPDX-License-Identifier: Apache-2.0
package dev.tandem.formats;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamReader;

/**
 * The text of a TMX or XLIFF segment as a translator reads it, with its inline codes (the original format's markup)
 * flattened: Tandem keeps no codes, so each is turned into the text it stands for.
 *
 * <ul>
 *   <li>Paired formatting codes ({@code <bpt>}/{@code <ept>}, {@code <bx/>}/{@code <ex/>}, {@code <sc/>}/{@code <ec/>},
 *       {@code <it>}, markers {@code <sm/>}/{@code <em/>}): the markup goes, no space is added; the text between them
 *       is ordinary text (so are the contents of {@code <g>}, {@code <pc>}, {@code <hi>}, {@code <mrk>}).</li>
 *   <li>A standalone code ({@code <ph>}, {@code <x/>}) whose native text is a variable ({@code {0}}, {@code {name}},
 *       {@code {{x}}}, {@code %s}, {@code %1$s}, {@code %d}, {@code $VAR}, {@code ${VAR}}, {@code %NAME%},
 *       {@code <filename>}) keeps that text: the sentence reads "{0} files copied", not " files copied".</li>
 *   <li>Any other standalone code (a line break, an image, an empty code) becomes one space when it stands between
 *       two characters that would otherwise fuse: "Le fichier&lt;br/&gt;a été" reads "Le fichier a été". No space
 *       next to a space, before closing or sentence punctuation, after opening punctuation, or between two Chinese or
 *       Japanese characters (whose writing puts none between words).</li>
 *   <li>{@code <sub>} inside a code is a separate flow of text (e.g. a link title) and is left out.</li>
 * </ul>
 *
 * <p>A segment that has codes and no other text but blanks is {@link #onlyCodes()}: it has nothing to align.
 */
public final class InlineText {

    /** How an inline element's content counts. */
    public enum Kind {
        /** Its content is text of the segment ({@code <g>}, {@code <pc>}, {@code <hi>}, {@code <mrk>}, …). */
        TEXT,
        /** A formatting code whose markup is dropped without a trace. */
        PAIRED,
        /** A code standing alone in the text: its variable, or a space. */
        STANDALONE,
        /** A flow of text that is not the segment's. */
        SUB
    }

    private static final Set<String> PAIRED = Set.of("bpt", "ept", "it", "ut", "bx", "ex", "sc", "ec", "sm", "em",
            "cp");
    private static final Set<String> STANDALONE = Set.of("ph", "x");
    /** Native texts that are a variable of the software the text belongs to, filled in when it runs. */
    private static final Pattern VARIABLE = Pattern.compile(String.join("|",
            "\\{\\{[^{}\\s][^{}]{0,60}\\}\\}",                        // {{name}}
            "\\{[\\w.$#:, -]{1,60}\\}",                                 // {0} {name} {0,number}
            "\\$\\{[\\w.]{1,60}\\}|\\$[A-Za-z_]\\w{0,60}|\\$\\d{1,2}",  // ${VAR} $VAR $1
            "%(\\d{1,2}\\$)?[-+ #0]{0,4}\\d{0,3}(\\.\\d{1,3})?[hlLqjzt]{0,2}[diouxXeEfFgGaAcsSp@]", // %s %1$s %d %.2f
            "%\\d{1,2}|%[A-Za-z_]\\w{0,60}%",                           // %1 %NAME%
            "<[A-Za-z_][\\w.-]{0,60}>"));                               // <filename>, unless an HTML element
    /** Elements of HTML and of word processors that a code may stand for: markup, not a variable. */
    private static final Set<String> MARKUP = Set.of("a", "abbr", "b", "big", "br", "cite", "code", "del", "dfn",
            "div", "em", "font", "hr", "i", "img", "input", "ins", "kbd", "li", "ol", "p", "pre", "q", "s", "samp",
            "small", "span", "strike", "strong", "sub", "sup", "tab", "td", "th", "tr", "tt", "u", "ul", "wbr");

    private final StringBuilder text = new StringBuilder();
    private boolean codes;
    private boolean words;
    /** A standalone code without a variable was met last: a space may be due before the next character. */
    private boolean gap;

    /** How the content of an inline element of TMX 1.4b or XLIFF 1.2/2.0, by its local name, counts. */
    public static Kind kind(String element) {
        if (STANDALONE.contains(element)) {
            return Kind.STANDALONE;
        }
        if (PAIRED.contains(element)) {
            return Kind.PAIRED;
        }
        return "sub".equals(element) ? Kind.SUB : Kind.TEXT;
    }

    /** Appends text of the segment. */
    public void append(char[] chars, int start, int length) {
        if (length == 0) {
            return;
        }
        if (gap && needsSpace(text, chars[start])) {
            text.append(' ');
        }
        gap = false;
        text.append(chars, start, length);
        for (int i = start; i < start + length && !words; i++) {
            words = !Character.isWhitespace(chars[i]) && !Character.isSpaceChar(chars[i]);
        }
    }

    /** Appends text of the segment. */
    public void append(String chars) {
        append(chars.toCharArray(), 0, chars.length());
    }

    /** A paired formatting code: dropped. */
    public void paired() {
        codes = true;
    }

    /**
     * A standalone code: the first of {@code nativeTexts} (what the format has for it, in order of preference: an
     * equivalent text, a display text, its content, its original data; nulls ignored) that is a variable is kept
     * as text; with none, the code is a gap, a space if words would fuse there.
     */
    public void standalone(String... nativeTexts) {
        codes = true;
        for (String nativeText : nativeTexts) {
            String variable = nativeText == null ? "" : nativeText.strip();
            if (isVariable(variable)) {
                boolean wordsBefore = words;
                append(variable);
                words = wordsBefore; // a variable alone is still nothing to align
                return;
            }
        }
        gap = true;
    }

    /** Whether the segment has inline codes and no text but blanks around them. */
    public boolean onlyCodes() {
        return codes && !words;
    }

    /** Whether the segment has an inline code. */
    public boolean hasCodes() {
        return codes;
    }

    @Override
    public String toString() {
        return text.toString();
    }

    /** Whether {@code nativeText} (stripped) is a variable placeholder rather than markup or a line break. */
    static boolean isVariable(String nativeText) {
        if (!VARIABLE.matcher(nativeText).matches()) {
            return false;
        }
        return !nativeText.startsWith("<") || !MARKUP.contains(
                nativeText.substring(1, nativeText.length() - 1).toLowerCase(Locale.ROOT));
    }

    private static boolean needsSpace(CharSequence before, char next) {
        if (before.isEmpty()) {
            return false;
        }
        char previous = before.charAt(before.length() - 1);
        if (blank(previous) || blank(next) || cjk(previous) && cjk(next)) {
            return false;
        }
        int nextType = Character.getType(next);
        if (nextType == Character.END_PUNCTUATION || nextType == Character.FINAL_QUOTE_PUNCTUATION
                || ".,;:!?…)]}".indexOf(next) >= 0) {
            return false;
        }
        int previousType = Character.getType(previous);
        return previousType != Character.START_PUNCTUATION && previousType != Character.INITIAL_QUOTE_PUNCTUATION
                && "([{¿¡".indexOf(previous) < 0;
    }

    private static boolean blank(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c);
    }

    /** Chinese and Japanese characters and their punctuation: no space between words in these scripts. */
    private static boolean cjk(char c) {
        Character.UnicodeScript script = Character.UnicodeScript.of(c);
        return script == Character.UnicodeScript.HAN || script == Character.UnicodeScript.HIRAGANA
                || script == Character.UnicodeScript.KATAKANA || c >= '\u3000' && c <= '\u303F'
                || c >= '\uFF00' && c <= '\uFFEF';
    }

    /**
     * Reads the native text of the current element (a code) to its end: its character content, without that of a
     * nested {@code <sub>}.
     */
    public static String codeText(SafeXml xml) throws UnreadableDocumentException {
        XMLStreamReader reader = xml.reader();
        StringBuilder content = new StringBuilder();
        int sub = 0;
        for (int depth = 1; depth > 0; ) {
            switch (xml.next()) {
                case XMLStreamConstants.START_ELEMENT -> {
                    depth++;
                    if (sub > 0 || "sub".equals(reader.getLocalName())) {
                        sub++;
                    }
                }
                case XMLStreamConstants.END_ELEMENT -> {
                    depth--;
                    sub = Math.max(0, sub - 1);
                }
                case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE -> {
                    if (sub == 0) {
                        content.append(reader.getTextCharacters(), reader.getTextStart(), reader.getTextLength());
                    }
                }
                default -> {
                }
            }
        }
        return content.toString();
    }
}
