// SPDX-License-Identifier: Apache-2.0
package dev.tandem.model;

import dev.tandem.review.Side;
import io.quarkus.hibernate.orm.panache.PanacheEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.util.Optional;

/** One side of a document as it was imported, verbatim; sentence offsets point into it. */
@Entity
@Table(name = "document_text")
public class DocumentText extends PanacheEntity {
    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    public Document document;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 6)
    public Side side;

    @Column(nullable = false)
    public String text;

    public static void store(Document document, Side side, String text) {
        var row = new DocumentText();
        row.document = document;
        row.side = side;
        row.text = text;
        row.persist();
    }

    public static Optional<String> textOf(Document document, Side side) {
        return DocumentText.<DocumentText>find("document = ?1 and side = ?2", document, side)
                .firstResultOptional().map(row -> row.text);
    }
}
