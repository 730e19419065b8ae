// SPDX-License-Identifier: Apache-2.0
package dev.tandem.model;

import io.quarkus.hibernate.orm.panache.PanacheEntity;
import io.quarkus.panache.common.Sort;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

/** A person or program that signs in. Admins may do everything; others only what their memberships allow. */
@Entity
@Table(name = "account")
public class Account extends PanacheEntity {
    @Column(nullable = false, length = 64, unique = true)
    public String username;

    /** bcrypt, in modular-crypt form ($2a$…). */
    @Column(name = "password_hash", nullable = false, length = 100)
    public String passwordHash;

    @Column(nullable = false)
    public boolean admin;

    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;

    public static Optional<Account> findByUsername(String username) {
        return find("username", username).firstResultOptional();
    }

    public static List<Account> listByName() {
        return listAll(Sort.by("username"));
    }
}
