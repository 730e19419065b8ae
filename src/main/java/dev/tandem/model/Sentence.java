// SPDX-License-Identifier: Apache-2.0
package dev.tandem.model;

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
import java.util.List;

/** One sentence of one side of a document; {@code [startOffset, endOffset)} is its span in the original text. */
@Entity
@Table(name = "sentence")
public class Sentence extends PanacheEntity {
    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    public Document document;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 6)
    public Side side;

    /** Sparse order key on its side. */
    @Column(nullable = false)
    public long ord;

    /** 0-based position on its side: not stored, filled by the code that loads the sentence. */
    @Transient
    public int index;

    /** 0-based paragraph number on its side. */
    @Column(nullable = false)
    public int paragraph;

    @Column(name = "start_offset", nullable = false)
    public int startOffset;

    @Column(name = "end_offset", nullable = false)
    public int endOffset;

    @Column(nullable = false)
    public String text;

    /** All sentences of one side, in order, with their indexes. */
    public static List<Sentence> listBySide(Document document, Side side) {
        List<Sentence> list = list("document = ?1 and side = ?2", Sort.by("ord"), document, side);
        for (int i = 0; i < list.size(); i++) {
            list.get(i).index = i;
        }
        return list;
    }

    /** Sentences of one side with keys in {@code [fromOrd, toOrd)}, in order; indexes not filled. */
    public static List<Sentence> listOrdRange(Document document, Side side, long fromOrd, long toOrd) {
        return list("document = ?1 and side = ?2 and ord >= ?3 and ord < ?4", Sort.by("ord"),
                document, side, fromOrd, toOrd);
    }

    /** Sentences of one side with keys in {@code [fromOrd, toOrd)}, in order, with their indexes. */
    public static List<Sentence> listOrdRangeRanked(Document document, Side side, long fromOrd, long toOrd) {
        List<Sentence> list = listOrdRange(document, side, fromOrd, toOrd);
        if (!list.isEmpty()) {
            int base = (int) Ranks.sentencesBelow(document, side, fromOrd);
            for (int i = 0; i < list.size(); i++) {
                list.get(i).index = base + i;
            }
        }
        return list;
    }

    public static long countBySide(Document document, Side side) {
        return count("document = ?1 and side = ?2", document, side);
    }
}
