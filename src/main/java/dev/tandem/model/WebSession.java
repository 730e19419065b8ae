// SPDX-License-Identifier: Apache-2.0
package dev.tandem.model;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;

/**
 * A signed-in browser. Kept on the server (not in a self-contained cookie) so signing out, or an admin removing the
 * account, ends it at once.
 */
@Entity
@Table(name = "web_session")
public class WebSession extends PanacheEntityBase {
    /** SHA-256 of the cookie value: a copy of the database alone does not let anyone in. */
    @Id
    @Column(length = 64)
    public String id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "account_id")
    public Account account;

    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;

    @Column(name = "last_seen_at", nullable = false)
    public OffsetDateTime lastSeenAt;
}
