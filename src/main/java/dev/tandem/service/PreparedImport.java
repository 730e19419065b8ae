// SPDX-License-Identifier: Apache-2.0
package dev.tandem.service;

import dev.tandem.align.Bead;
import dev.tandem.segment.Segment;
import java.util.BitSet;
import java.util.List;

/**
 * A document ready to be stored: texts segmented and aligned, everything computed that takes time, so that
 * storing it is a short transaction of inserts ({@link DocumentStore}).
 *
 * @param kind        what it was made from, for the audit log: {@code text}, {@code tmx}, {@code xliff}, {@code csv}
 *                    or {@code xlsx}
 * @param segmentation the stored segmentation name: {@code auto}, {@code lines}, or for a bilingual file its kind
 * @param sourceSentences the text of each source segment, likewise {@code targetSentences}
 * @param scored      whether the beads' confidences are the aligner's; a bilingual file's pairs were not aligned,
 *                    their beads only place the units, and they are stored without a confidence
 * @param confirmed   positions of the pairs that arrive confirmed (a bilingual file's reviewed units)
 * @param rejected    positions of the pairs that arrive rejected (units Tandem's own export marks rejected)
 * @param sourceLineBreaks how the original's line breaks were read ({@link LineBreakReading#codeOf}), read here
 *                    rather than in the storing transaction; likewise {@code targetLineBreaks}
 * @param targetLanguage the translation's language: the project's, or another for a version of an original
 * @param originalId  for a further translation of a document's original (a version), that document; else null
 * @param leftOut     what reading a bilingual file left out, in words for the import's answer; null when nothing
 */
public record PreparedImport(long projectId, String title, String kind, String segmentation,
                             String sourceText, List<Segment> sourceSegments, List<String> sourceSentences,
                             String targetText, List<Segment> targetSegments, List<String> targetSentences,
                             List<Bead> beads, boolean scored, BitSet confirmed, BitSet rejected, String sourceLineBreaks,
                             String targetLineBreaks, String targetLanguage, Long originalId, String leftOut) {

    /** An import that left nothing out. */
    public PreparedImport(long projectId, String title, String kind, String segmentation,
                          String sourceText, List<Segment> sourceSegments, List<String> sourceSentences,
                          String targetText, List<Segment> targetSegments, List<String> targetSentences,
                          List<Bead> beads, boolean scored, BitSet confirmed, BitSet rejected, String sourceLineBreaks,
                          String targetLineBreaks, String targetLanguage, Long originalId) {
        this(projectId, title, kind, segmentation, sourceText, sourceSegments, sourceSentences, targetText,
                targetSegments, targetSentences, beads, scored, confirmed, rejected, sourceLineBreaks,
                targetLineBreaks, targetLanguage, originalId, null);
    }

    /** Sentences of both sides together: the size of the work of storing it. */
    public int rows() {
        return sourceSegments.size() + targetSegments.size() + beads.size();
    }

    /** Total target characters over total source characters: the document's norm for the length check. */
    public double lengthRatio() {
        long sourceChars = sourceSentences.stream().mapToLong(String::length).sum();
        long targetChars = targetSentences.stream().mapToLong(String::length).sum();
        return sourceChars == 0 || targetChars == 0 ? 1.0 : (double) targetChars / sourceChars;
    }
}
