// SPDX-License-Identifier: Apache-2.0
package dev.tandem.formats;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * Finds the running headers, footers and page numbers of a PDF: lines in the top or bottom {@value #EDGE_ROWS} rows
 * of a page (by baseline, so a header's title and page number side by side count as one row) that are only a page
 * number ("12", "- 12 -", "Page 12 of 30", "12/30", "xiv", "第 12 页"), or whose text, digits normalised, recurs in
 * those rows on at least {@link #minRepeats(int) a third of the pages} (at least two). A chapter's running title
 * that recurs on fewer pages than that stays in the text. Pure: works on lines, never on the PDF.
 */
public final class PageFurniture {
    /** Rows at the top and at the bottom of a page where furniture is looked for. */
    static final int EDGE_ROWS = 2;
    private static final Pattern DIGITS = Pattern.compile("\\d+");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern PAGE_NUMBER = Pattern.compile(
            "[-–—~|•·\\[(]?\\s*(?:(?:page|pages|p\\.|pg\\.?|seite|s\\.|página|pagina|pág\\.|стр\\.?|страница)\\s*)?"
                    + "(?:\\d{1,5}|(?=[ivx])x{0,3}(?:ix|iv|v?i{0,3}))(?:\\s*(?:/|of|von|de|sur|di|из|\\|)\\s*\\d{1,5})?"
                    + "\\s*[-–—~|•·\\])]?"
                    + "|第\\s*\\d{1,5}\\s*[页頁](?:\\s*[,，/]?\\s*共\\s*\\d{1,5}\\s*[页頁])?|\\d{1,5}\\s*(?:ページ|페이지|쪽)");

    private PageFurniture() {
    }

    /** The lines that are not page furniture, in their order. */
    public static List<PdfLine> remove(List<PdfLine> lines) {
        Map<Integer, Set<Float>> edges = edgeRows(lines);
        Map<String, Set<Integer>> pagesByText = new HashMap<>();
        int pages = 0;
        for (PdfLine line : lines) {
            pages = Math.max(pages, line.page() + 1);
            if (atEdge(line, edges)) {
                pagesByText.computeIfAbsent(key(line.text()), k -> new HashSet<>()).add(line.page());
            }
        }
        int repeats = minRepeats(pages);
        List<PdfLine> kept = new ArrayList<>();
        for (PdfLine line : lines) {
            boolean furniture = atEdge(line, edges) && (isPageNumber(line.text())
                    || pages > 1 && pagesByText.get(key(line.text())).size() >= repeats);
            if (!furniture) {
                kept.add(line);
            }
        }
        return kept;
    }

    /** On how many pages a line must recur to be a running header or footer. */
    static int minRepeats(int pages) {
        return Math.max(2, (pages + 2) / 3);
    }

    static boolean isPageNumber(String text) {
        return PAGE_NUMBER.matcher(text.strip().toLowerCase(Locale.ROOT)).matches();
    }

    private static String key(String text) {
        return SPACES.matcher(DIGITS.matcher(text.toLowerCase(Locale.ROOT)).replaceAll("#")).replaceAll(" ").strip();
    }

    /** Per page, the rounded baselines of its top and bottom rows. */
    private static Map<Integer, Set<Float>> edgeRows(List<PdfLine> lines) {
        Map<Integer, TreeSet<Float>> rows = new HashMap<>();
        for (PdfLine line : lines) {
            rows.computeIfAbsent(line.page(), p -> new TreeSet<>()).add(row(line));
        }
        Map<Integer, Set<Float>> edges = new HashMap<>();
        rows.forEach((page, baselines) -> {
            Set<Float> edge = new HashSet<>();
            var down = baselines.iterator();
            var up = baselines.descendingIterator();
            for (int i = 0; i < EDGE_ROWS; i++) {
                if (down.hasNext()) {
                    edge.add(down.next());
                }
                if (up.hasNext()) {
                    edge.add(up.next());
                }
            }
            edges.put(page, edge);
        });
        return edges;
    }

    private static boolean atEdge(PdfLine line, Map<Integer, Set<Float>> edges) {
        return edges.get(line.page()).contains(row(line));
    }

    /** Baselines within a point of each other are one row. */
    private static float row(PdfLine line) {
        return Math.round(line.baseline());
    }
}
