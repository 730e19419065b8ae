// SPDX-License-Identifier: Apache-2.0
package dev.tandem.model;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.LockModeType;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** Recent wrong passwords for one username or one address: the sign-in throttle's state, shared by all instances. */
@Entity
@Table(name = "sign_in_failure")
public class SignInFailure extends PanacheEntityBase {
    /** SHA-256 of the username or address with its kind. */
    @Id
    @Column(name = "throttle_key", length = 64)
    public String key;

    @Column(nullable = false)
    public int failures;

    @Column(name = "last_at", nullable = false)
    public OffsetDateTime lastAt;

    @Column(name = "locked_until", nullable = false)
    public OffsetDateTime lockedUntil;

    /** The row, locked until the transaction ends: two instances counting one failure each count two. */
    public static Optional<SignInFailure> findForUpdate(String key) {
        return findByIdOptional(key, LockModeType.PESSIMISTIC_WRITE);
    }

    public static List<SignInFailure> byKeys(Collection<String> keys) {
        return list("key in ?1", keys);
    }

    /** Forgets failures older than {@code before} whose lock has run out. */
    public static long sweep(OffsetDateTime before, OffsetDateTime now) {
        return delete("lastAt < ?1 and lockedUntil < ?2", before, now);
    }
}
