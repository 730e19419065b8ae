// SPDX-License-Identifier: Apache-2.0
package dev.tandem.model;

import dev.tandem.review.ReviewStatus;
import dev.tandem.review.Side;
import io.quarkus.hibernate.orm.panache.PanacheEntity;
import io.quarkus.panache.common.Sort;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A stored alignment pair. Stored order and sentence ranges are sparse keys: {@code ord} orders the pairs of a
 * document, and the pair covers the source sentences with keys in {@code [sourceFrom, sourceTo)} ({@code sourceCount}
 * of them), likewise the target; consecutive pairs' ranges tile each side. The dense ranks the rest of the
 * application works with ({@code position}, sentences {@code [sourceStart, sourceEnd)} and
 * {@code [targetStart, targetEnd)}) are not stored: {@link Ranks#fill} computes them for loaded rows.
 */
@Entity
@Table(name = "sentence_pair")
public class SentencePair extends PanacheEntity {
    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    public Document document;

    @Column(nullable = false)
    public long ord;

    @Column(name = "source_from", nullable = false)
    public long sourceFrom;

    @Column(name = "source_to", nullable = false)
    public long sourceTo;

    @Column(name = "source_count", nullable = false)
    public int sourceCount;

    @Column(name = "target_from", nullable = false)
    public long targetFrom;

    @Column(name = "target_to", nullable = false)
    public long targetTo;

    @Column(name = "target_count", nullable = false)
    public int targetCount;

    /** 0-based rank among the document's pairs; not stored, see {@link Ranks#fill}. */
    @Transient
    public int position;

    @Transient
    public int sourceStart;

    @Transient
    public int sourceEnd;

    @Transient
    public int targetStart;

    @Transient
    public int targetEnd;

    /** Sets the rank of the pair's first sentence on {@code side}, and so the end of its range there. */
    public void startAt(Side side, int start) {
        if (side == Side.SOURCE) {
            sourceStart = start;
            sourceEnd = start + sourceCount;
        } else {
            targetStart = start;
            targetEnd = start + targetCount;
        }
    }

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    public ReviewStatus status = ReviewStatus.AUTO;

    /**
     * The aligner's confidence in [0, 1]; null when the aligner did not score the pair: a reviewer made or changed
     * it, or it came from a bilingual file (TMX, XLIFF).
     */
    @Column
    public Double confidence;

    /**
     * The pair's QA flags as a mask of {@link dev.tandem.review.QaCode#bit()}s; 0 when none. Their messages are made
     * again from the texts when the pair is shown ({@link dev.tandem.review.QaChecks#flags}).
     */
    @Column(name = "flag_mask", nullable = false)
    public int flagMask;

    /** The user whose review operation (or undo, or redo) last wrote this pair; null until a reviewer touches it. */
    @Column(name = "changed_by", length = 64)
    public String changedBy;

    /** When {@link #changedBy} wrote it. */
    @Column(name = "changed_at")
    public OffsetDateTime changedAt;

    public static List<SentencePair> listPage(Document document, ReviewStatus status, int offset, int limit) {
        Optional<LayoutIndex> index = status == null ? LayoutIndex.of(document) : Optional.empty();
        if (index.isPresent()) {
            // a range of keys: an offset would step over every pair before it
            long[] keys = index.get().pairs(offset, offset + limit - 1);
            return keys.length == 0 ? new ArrayList<>() : list("document = ?1 and ord >= ?2 and ord <= ?3",
                    Sort.by("ord"), document, keys[0], keys[keys.length - 1]);
        }
        var query = status == null
                ? find("document", Sort.by("ord"), document)
                : find("document = ?1 and status = ?2", Sort.by("ord"), document, status);
        return query.range(offset, offset + limit - 1).list();
    }

    public static List<SentencePair> listAllOf(Document document) {
        return list("document", Sort.by("ord"), document);
    }
}
