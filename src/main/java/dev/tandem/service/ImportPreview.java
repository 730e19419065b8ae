// SPDX-License-Identifier: Apache-2.0
package dev.tandem.service;

import dev.tandem.segment.Segment;
import java.util.ArrayList;
import java.util.List;

/**
 * The first sentences of each side as an import would split them, their counts, and how the line breaks were read:
 * shown before anything is stored, so that a translator sees a wrong reading before it is aligned.
 *
 * @param source     the original's sentences
 * @param target     the translation's
 * @param lineBreaks how each side's line breaks were read
 * @param leftOut    what reading a bilingual file left out ({@link PreparedImport#leftOut()}), or null
 */
public record ImportPreview(SidePreview source, SidePreview target, LineBreakReading lineBreaks, String leftOut) {

    /** The preview of an import that leaves nothing out. */
    public ImportPreview(SidePreview source, SidePreview target, LineBreakReading lineBreaks) {
        this(source, target, lineBreaks, null);
    }
    /** How many sentences of each side a preview lists. */
    public static final int SHOWN = 20;

    /** The original's preview, then the translation's. */
    public List<SidePreview> sides() {
        return List.of(source, target);
    }

    /**
     * One side: its counts and its first {@link #SHOWN} sentences.
     *
     * @param sentences  how many sentences the side has
     * @param paragraphs how many paragraphs they fall into
     * @param first      the first sentences, in order
     */
    public record SidePreview(int sentences, int paragraphs, List<PreviewSentence> first) {
        /** Sentences not listed. */
        public int more() {
            return sentences - first.size();
        }
    }

    /**
     * A sentence as the segmenter cut it.
     *
     * @param number          1-based position in its side
     * @param startsParagraph whether a new paragraph starts with it (the first sentence does)
     * @param lines           its text cut at the line breaks it holds: more than one when line breaks inside a
     *                        paragraph were read as spaces (each line stripped)
     */
    public record PreviewSentence(int number, boolean startsParagraph, List<String> lines) {
    }

    /** The preview of a side split into {@code segments}. */
    static SidePreview side(String text, List<Segment> segments) {
        List<PreviewSentence> first = new ArrayList<>(Math.min(SHOWN, segments.size()));
        for (int i = 0; i < segments.size() && i < SHOWN; i++) {
            Segment segment = segments.get(i);
            boolean starts = i == 0 || segment.paragraph() != segments.get(i - 1).paragraph();
            List<String> lines = segment.of(text).lines().map(String::strip).filter(line -> !line.isEmpty()).toList();
            first.add(new PreviewSentence(i + 1, starts, lines));
        }
        int paragraphs = segments.isEmpty() ? 0 : segments.get(segments.size() - 1).paragraph() + 1;
        return new SidePreview(segments.size(), paragraphs, List.copyOf(first));
    }

    /** The preview of an import prepared already (a bilingual file's units). */
    static ImportPreview of(PreparedImport prepared) {
        return new ImportPreview(side(prepared.sourceText(), prepared.sourceSegments()),
                side(prepared.targetText(), prepared.targetSegments()),
                LineBreakReading.of(prepared.sourceLineBreaks(), prepared.targetLineBreaks()), prepared.leftOut());
    }
}
