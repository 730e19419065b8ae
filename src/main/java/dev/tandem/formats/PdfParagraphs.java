// SPDX-License-Identifier: Apache-2.0
package dev.tandem.formats;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Joins the lines of a PDF, in reading order, into paragraphs separated by blank lines (Tandem's segmenter reads a
 * text without blank lines as one paragraph per line). Pure: works on {@link PdfLine}s.
 *
 * <p>A new paragraph starts where the gap to the previous line is clearly wider than the document's usual line
 * pitch, where the font size changes (a heading), or where the previous line ends a sentence well short of its
 * column's right edge. Across a column or page break only the last two count, so a sentence running onto the next
 * page stays one.
 *
 * <p>Lines of a paragraph are joined with a space, or with nothing where either side is a CJK or Thai-like
 * character (scripts written without spaces). A word hyphenated at a line end is joined: "exam-" + "ple" gives
 * "example". The hyphen is kept ("Anglo-" + "Saxon", "COVID-" + "19", "well-to-" + "do") where the next line starts
 * with no lowercase letter, where the word before the hyphen already holds one (a compound), or where the document
 * itself writes the hyphenated form elsewhere and never the joined one ("snow-covered"). A soft hyphen is always
 * dropped.
 */
public final class PdfParagraphs {
    /** A gap this many times the usual pitch (baseline to baseline, per point of font size) ends a paragraph. */
    private static final double GAP_FACTOR = 1.3;
    /** Typical pitch per point of font size when a document has too few lines to measure it. */
    private static final double DEFAULT_PITCH = 1.2;
    /** Points by which a line may miss its column's right edge and still be full. */
    private static final float EDGE_TOLERANCE = 1.5f;
    private static final String HYPHENS = "-\u2010\u00AD";
    private static final Pattern SENTENCE_END = Pattern.compile(".*[.!?;:。！？…\"'”’»)\\]」』）]$");
    private static final Pattern WORD_EDGES = Pattern.compile("^[^\\p{L}\\p{N}]+|[^\\p{L}\\p{N}]+$");

    private final List<PdfLine> lines;
    private final Map<Integer, List<PdfLine>> pages;
    private final double pitch;
    private final Set<String> words;

    private PdfParagraphs(List<PdfLine> lines) {
        this.lines = lines;
        this.pages = lines.stream().collect(Collectors.groupingBy(PdfLine::page));
        this.pitch = pitch(lines);
        this.words = words(lines);
    }

    /** The text of {@code lines} (in reading order) as paragraphs separated by blank lines. */
    public static String join(List<PdfLine> lines) {
        return new PdfParagraphs(lines).text();
    }

    private String text() {
        StringBuilder text = new StringBuilder();
        PdfLine previous = null;
        for (PdfLine line : lines) {
            if (previous == null) {
                text.append(line.text());
            } else if (startsParagraph(previous, line)) {
                text.append("\n\n").append(line.text());
            } else {
                appendJoined(text, line.text());
            }
            previous = line;
        }
        return text.toString();
    }

    private boolean startsParagraph(PdfLine previous, PdfLine line) {
        if (Math.abs(line.size() - previous.size()) > 0.15 * previous.size()) {
            return true;
        }
        if (endsShort(previous)) {
            return true;
        }
        boolean below = line.page() == previous.page() && line.baseline() > previous.baseline();
        return below && line.baseline() - previous.baseline() > GAP_FACTOR * pitch * previous.size();
    }

    /**
     * Ends a sentence and stops short of the right edge of its column: in justified text (most lines of the column
     * end at one edge) by more than {@value #EDGE_TOLERANCE} points, since only a paragraph's last line is not
     * stretched; in ragged text by a fifth of the column's width.
     */
    private boolean endsShort(PdfLine line) {
        if (!SENTENCE_END.matcher(line.text()).matches()) {
            return false;
        }
        List<PdfLine> column = pages.get(line.page()).stream()
                .filter(other -> Math.abs(other.left() - line.left()) < 2 * line.size()).toList();
        float right = 0;
        for (PdfLine other : column) {
            right = Math.max(right, other.right());
        }
        float edge = right;
        long atEdge = column.stream().filter(other -> other.right() > edge - EDGE_TOLERANCE).count();
        boolean justified = column.size() >= 3 && atEdge * 2 >= column.size();
        return line.right() < right - (justified ? EDGE_TOLERANCE : 0.2 * (right - line.left()));
    }

    private void appendJoined(StringBuilder text, String next) {
        char last = text.charAt(text.length() - 1);
        if (HYPHENS.indexOf(last) >= 0 && text.length() > 1 && Character.isLetter(text.charAt(text.length() - 2))) {
            if (last == '\u00AD' || !keepsHyphen(lastWord(text), next)) {
                text.setLength(text.length() - 1);
            }
            text.append(next);
        } else if (last == '—' || unspaced(last) || unspaced(next.charAt(0))) {
            text.append(next);
        } else {
            text.append(' ').append(next);
        }
    }

    private boolean keepsHyphen(String before, String next) {
        if (!Character.isLowerCase(next.codePointAt(0)) || before.indexOf('-') >= 0 || before.indexOf('\u2010') >= 0) {
            return true;
        }
        String after = WORD_EDGES.matcher(next.split("\\s", 2)[0]).replaceAll("").toLowerCase(Locale.ROOT);
        String stem = before.toLowerCase(Locale.ROOT);
        return words.contains(stem + "-" + after) && !words.contains(stem + after);
    }

    /** The word before the line-end hyphen, without the hyphen. */
    private static String lastWord(StringBuilder text) {
        int end = text.length() - 1;
        int start = end;
        while (start > 0 && !Character.isWhitespace(text.charAt(start - 1))) {
            start--;
        }
        return WORD_EDGES.matcher(text.substring(start, end)).replaceFirst("");
    }

    /** Characters of scripts written without spaces between words, where a line break adds none. */
    static boolean unspaced(char c) {
        Character.UnicodeScript script = Character.UnicodeScript.of(c);
        return switch (script) {
            case HAN, HIRAGANA, KATAKANA, BOPOMOFO, THAI, LAO, KHMER, MYANMAR, TIBETAN -> true;
            default -> c >= '\u3000' && c <= '\u303F' || c >= '\uFF00' && c <= '\uFFEF';
        };
    }

    /** Median distance between baselines of consecutive lines per point of font size. */
    private static double pitch(List<PdfLine> lines) {
        List<Double> ratios = new ArrayList<>();
        for (int i = 1; i < lines.size(); i++) {
            PdfLine a = lines.get(i - 1);
            PdfLine b = lines.get(i);
            float gap = b.baseline() - a.baseline();
            if (a.page() == b.page() && gap > 0 && a.size() == b.size() && gap < 3 * a.size()) {
                ratios.add((double) gap / a.size());
            }
        }
        if (ratios.size() < 3) {
            return DEFAULT_PITCH;
        }
        double[] sorted = ratios.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        return sorted[sorted.length / 2];
    }

    /** The words the document writes within lines, lowercased, for telling compounds from hyphenated words. */
    private static Set<String> words(List<PdfLine> lines) {
        Set<String> words = new HashSet<>();
        for (PdfLine line : lines) {
            String[] tokens = line.text().split("\\s+");
            String last = tokens[tokens.length - 1];
            boolean broken = HYPHENS.indexOf(last.charAt(last.length() - 1)) >= 0;
            Arrays.stream(tokens, 0, broken ? tokens.length - 1 : tokens.length)
                    .map(token -> WORD_EDGES.matcher(token).replaceAll("").toLowerCase(Locale.ROOT))
                    .forEach(words::add);
        }
        return words;
    }
}
