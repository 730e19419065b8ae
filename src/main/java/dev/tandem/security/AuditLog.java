// SPDX-License-Identifier: Apache-2.0
package dev.tandem.security;

import dev.tandem.model.AuditEvent;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/** Writes and reads the audit log. */
@ApplicationScoped
public class AuditLog {

    /** Part of the caller's transaction: the event is kept only if what it describes happened. */
    @Transactional
    public void record(String username, String address, String action, String target, String detail) {
        var event = new AuditEvent();
        event.at = OffsetDateTime.now(ZoneOffset.UTC);
        event.username = clip(username, 64);
        event.address = clip(address, 64);
        event.action = clip(action, 40);
        event.target = clip(target, 200);
        event.detail = clip(detail, 1000);
        event.persist();
    }

    /** In a transaction of its own: for refusals (failed sign-ins), whose own transaction rolls back. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void recordAlone(String username, String address, String action, String target, String detail) {
        record(username, address, action, target, detail);
    }

    /** Newest first; either filter may be null. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<AuditEvent> list(String username, String action, int offset, int limit) {
        Filter filter = Filter.of(username, action);
        return AuditEvent.find(filter.query, Sort.descending("at", "id"), filter.parameters)
                .range(offset, offset + limit - 1).list();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public long count(String username, String action) {
        Filter filter = Filter.of(username, action);
        return AuditEvent.count(filter.query, filter.parameters);
    }

    /** A where clause with only the filters given: a null parameter has no SQL type on PostgreSQL. */
    private record Filter(String query, Parameters parameters) {
        static Filter of(String username, String action) {
            List<String> clauses = new ArrayList<>();
            Parameters parameters = new Parameters();
            if (username != null && !username.isBlank()) {
                clauses.add("username = :username");
                parameters.and("username", username);
            }
            if (action != null && !action.isBlank()) {
                clauses.add("action = :action");
                parameters.and("action", action);
            }
            return new Filter(clauses.isEmpty() ? "1 = 1" : String.join(" and ", clauses), parameters);
        }
    }

    private static String clip(String value, int max) {
        String text = value == null ? "" : value;
        return text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }
}
