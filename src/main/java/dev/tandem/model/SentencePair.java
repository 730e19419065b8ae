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

/**
 * A stored alignment pair: source sentences {@code [sourceStart, sourceEnd)} with target sentences
 * {@code [targetStart, targetEnd)}. Pairs of a document tile both sides in order; {@code position} is 0-based.
 */
@Entity
@Table(name = "sentence_pair")
public class SentencePair extends PanacheEntity {
    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    public Document document;

    @Column(nullable = false)
    public int position;

    @Column(name = "source_start", nullable = false)
    public int sourceStart;

    @Column(name = "source_end", nullable = false)
    public int sourceEnd;

    @Column(name = "target_start", nullable = false)
    public int targetStart;

    @Column(name = "target_end", nullable = false)
    public int targetEnd;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    public PairStatus status = PairStatus.AUTO;

    /** The aligner's confidence in [0, 1]; 1 for imported or confirmed-at-import pairs. */
    @Column(nullable = false)
    public double confidence;

    /** QA flags, one per line: code, tab, message; empty when none. */
    @Column(nullable = false)
    public String flags = "";

    public static List<SentencePair> listPage(Document document, PairStatus status, int offset, int limit) {
        var query = status == null
                ? find("document", Sort.by("position"), document)
                : find("document = ?1 and status = ?2", Sort.by("position"), document, status);
        return query.range(offset, offset + limit - 1).list();
    }

    public static long countFor(Document document, PairStatus status) {
        return status == null ? count("document", document) : count("document = ?1 and status = ?2", document, status);
    }

    public static List<SentencePair> listAllOf(Document document) {
        return list("document", Sort.by("position"), document);
    }
}
