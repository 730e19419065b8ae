// SPDX-License-Identifier: Apache-2.0
package dev.tandem.service;

import dev.tandem.model.Document;
import dev.tandem.review.QaCode;
import dev.tandem.review.Side;
import jakarta.persistence.TypedQuery;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/** A {@link PairFilter} as the JPQL condition on {@code SentencePair p} it means, with its parameters. */
record PairCondition(String where, Map<String, Object> parameters) {

    static PairCondition of(Document document, PairFilter filter) {
        var where = new StringBuilder("p.document = :document");
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("document", document);
        if (filter.status() != null) {
            where.append(" and p.status = :status");
            parameters.put("status", filter.status());
        }
        if (filter.confidenceBelow() != null) {
            // An unscored pair (no confidence: a reviewer made or changed it) needs review as much as a doubtful one.
            where.append(" and (p.confidence < :below or p.confidence is null)");
            parameters.put("below", filter.confidenceBelow());
        }
        if (filter.flag() != null && !filter.flag().isBlank()) {
            String code = filter.flag().strip();
            if (code.equals("any")) {
                where.append(" and p.flagMask <> 0");
            } else {
                // The bit is a constant of QaCode, written as a literal: H2 cannot type a parameter of bitand. An
                // unknown code has no bit, so it matches no pair.
                where.append(" and bitand(p.flagMask, ").append(QaCode.of(code).map(QaCode::bit).orElse(0)).append(") <> 0");
            }
        }
        if (filter.text() != null && !filter.text().isBlank()) {
            where.append(" and (exists (select 1 from Sentence s where s.document = p.document and s.side = :source"
                    + " and s.ord >= p.sourceFrom and s.ord < p.sourceTo and lower(s.text) like :text escape '!')"
                    + " or exists (select 1 from Sentence t where t.document = p.document and t.side = :target"
                    + " and t.ord >= p.targetFrom and t.ord < p.targetTo and lower(t.text) like :text escape '!'))");
            parameters.put("source", Side.SOURCE);
            parameters.put("target", Side.TARGET);
            parameters.put("text", "%" + likeLiteral(filter.text().strip().toLowerCase(Locale.ROOT)) + "%");
        }
        return new PairCondition(where.toString(), Map.copyOf(parameters));
    }

    <T> TypedQuery<T> bind(TypedQuery<T> query) {
        parameters.forEach(query::setParameter);
        return query;
    }

    /** {@code text} as a LIKE pattern matching itself, with {@code !} as the escape character. */
    private static String likeLiteral(String text) {
        return text.replace("!", "!!").replace("%", "!%").replace("_", "!_");
    }
}
