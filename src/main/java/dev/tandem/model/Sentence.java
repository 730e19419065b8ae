// SPDX-License-Identifier: Apache-2.0
package dev.tandem.model;

import io.quarkus.hibernate.orm.panache.PanacheEntity;
import io.quarkus.panache.common.Sort;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
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

    /** 0-based position on its side. */
    @Column(name = "idx", nullable = false)
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

    public static List<Sentence> listBySide(Document document, Side side) {
        return list("document = ?1 and side = ?2", Sort.by("index"), document, side);
    }

    /** Sentences of one side with {@code from <= index < to}, in order. */
    public static List<Sentence> listRange(Document document, Side side, int from, int to) {
        return list("document = ?1 and side = ?2 and index >= ?3 and index < ?4", Sort.by("index"),
                document, side, from, to);
    }

    public static long countBySide(Document document, Side side) {
        return count("document = ?1 and side = ?2", document, side);
    }
}
