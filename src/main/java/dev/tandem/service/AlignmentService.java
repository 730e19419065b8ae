// SPDX-License-Identifier: Apache-2.0
package dev.tandem.service;

import dev.tandem.align.AlignmentProgress;
import dev.tandem.align.Bead;
import dev.tandem.align.Lexicon;
import dev.tandem.align.SentenceAligner;
import dev.tandem.align.SideText;
import dev.tandem.config.AlignerOverrides;
import dev.tandem.config.TandemConfig;
import dev.tandem.segment.Segment;
import dev.tandem.segment.Segmenter;
import dev.tandem.segment.Segmenters;
import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * The one path from text to beads, shared by document import, {@code POST /api/align} and the benchmark's
 * reference (which calls {@link SentenceAligner} with the same settings).
 */
// Made at start: aligner settings out of range (tandem.aligner.*) stop the start, not the first import.
@Startup
@ApplicationScoped
public class AlignmentService {
    private final Map<String, Segmenter> segmenters = new ConcurrentHashMap<>();
    private final SentenceAligner aligner;

    @Inject
    Meters meters;

    @Inject
    ProjectSegmentation projectSegmentation;

    @Inject
    AlignmentService(TandemConfig config) {
        // settings out of range stop the start here, with the message of AlignerSettings
        aligner = new SentenceAligner(config.aligner().settings());
    }

    /** Sentences of {@code text}, as offsets into it. */
    public List<Segment> segment(String text, String language, Segmentation segmentation) {
        Segmenter segmenter = segmentation == Segmentation.LINES
                ? segmenters.computeIfAbsent("\0lines", key -> Segmenters.lines())
                : segmenters.computeIfAbsent(language, Segmenters::forLanguage);
        return segmenter.split(text);
    }

    /**
     * Sentences of {@code text}, split by the project's own rules when it has some and {@code segmentation} is
     * {@link Segmentation#AUTO}; otherwise as {@link #segment(String, String, Segmentation)}.
     */
    public List<Segment> segment(String text, String language, Segmentation segmentation, long projectId) {
        if (segmentation == Segmentation.AUTO) {
            var own = projectSegmentation.segmenter(projectId, language);
            if (own.isPresent()) {
                return InvalidInputException.checked("segmentation", () -> own.get().split(text));
            }
        }
        return segment(text, language, segmentation);
    }

    /** Beads covering every sentence of both sides once, in order. */
    public List<Bead> align(SideText source, SideText target) {
        return meters.aligning(sentences(source, target), () -> aligner.align(source, target));
    }

    /** The same, helped by word translations the aligner cannot learn from the document itself. */
    public List<Bead> align(SideText source, SideText target, Lexicon lexicon) {
        return align(source, target, lexicon, AlignmentProgress.NONE);
    }

    /** The same, with some of the installation's settings replaced for this alignment (see {@link #aligner(Map)}). */
    public List<Bead> align(SideText source, SideText target, Lexicon lexicon, Map<String, String> settings) {
        SentenceAligner chosen = aligner(settings);
        return meters.aligning(sentences(source, target),
                () -> chosen.align(source, target, lexicon.size() == 0 ? Lexicon.EMPTY : lexicon));
    }

    /** The same, telling {@code progress} how far it is (it may stop the alignment by throwing). */
    public List<Bead> align(SideText source, SideText target, Lexicon lexicon, AlignmentProgress progress) {
        return meters.aligning(sentences(source, target),
                () -> aligner.align(source, target, lexicon.size() == 0 ? Lexicon.EMPTY : lexicon, progress));
    }

    /**
     * An aligner with some of the installation's settings replaced, named as in {@code tandem.aligner.*} (kebab case,
     * e.g. {@code lexicon-weight}); the installation's own when {@code settings} is empty.
     */
    public SentenceAligner aligner(Map<String, String> settings) {
        if (settings.isEmpty()) {
            return aligner;
        }
        try {
            return new SentenceAligner(AlignerOverrides.apply(ConfigProvider.getConfig(), settings));
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("settings", "settings: " + e.getMessage());
        }
    }

    /** The aligner itself, for realigning stretches of a stored document. */
    public SentenceAligner aligner() {
        return aligner;
    }

    private static int sentences(SideText source, SideText target) {
        return source.sentences().size() + target.sentences().size();
    }

    /** Paragraph numbers of the segments, as the aligner expects them. */
    public static int[] paragraphs(List<Segment> segments) {
        return segments.stream().mapToInt(Segment::paragraph).toArray();
    }

    /** The sentence strings of the segments. */
    public static List<String> texts(String text, List<Segment> segments) {
        return segments.stream().map(segment -> segment.of(text)).toList();
    }
}
