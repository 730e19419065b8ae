// SPDX-License-Identifier: Apache-2.0
package dev.tandem.model;

import io.quarkus.hibernate.orm.panache.PanacheEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

/** A personal API token. The token itself is shown once at creation; only its SHA-256 is kept. */
@Entity
@Table(name = "api_token")
public class ApiToken extends PanacheEntity {
    @ManyToOne(optional = false)
    @JoinColumn(name = "account_id")
    public Account account;

    @Column(nullable = false, length = 100)
    public String name;

    @Column(name = "token_hash", nullable = false, length = 64, unique = true)
    public String tokenHash;

    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;

    @Column(name = "last_used_at")
    public OffsetDateTime lastUsedAt;

    /** A read-only token reads and exports and changes nothing (only GET and HEAD, and the calls marked ChangesNothing). */
    @Column(name = "read_only", nullable = false)
    public boolean readOnly;

    /** When the token stops working; null: when revoked. */
    @Column(name = "expires_at")
    public OffsetDateTime expiresAt;

    /** The one-time key of the account-page form that made the token; null for tokens made over the API. */
    @Column(name = "form_key", length = 36, unique = true)
    public String formKey;

    public static Optional<ApiToken> findByHash(String tokenHash) {
        return find("tokenHash", tokenHash).firstResultOptional();
    }

    /** Whether the token has stopped working (the account page marks it). */
    public boolean expired() {
        return expiredAt(OffsetDateTime.now());
    }

    /** Whether the token has stopped working by {@code now}. */
    public boolean expiredAt(OffsetDateTime now) {
        return expiresAt != null && !expiresAt.isAfter(now);
    }

    public static Optional<ApiToken> findByFormKey(long accountId, String formKey) {
        return find("account.id = ?1 and formKey = ?2", accountId, formKey).firstResultOptional();
    }

    public static List<ApiToken> listForAccount(long accountId) {
        return list("account.id = ?1 order by id", accountId);
    }
}
