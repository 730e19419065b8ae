// SPDX-License-Identifier: Apache-2.0
package dev.tandem.model;

import io.quarkus.hibernate.orm.panache.PanacheEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;

/** One line of the audit log: who did what to what, when, from where. */
@Entity
@Table(name = "audit_event")
public class AuditEvent extends PanacheEntity {
    @Column(nullable = false)
    public OffsetDateTime at;

    @Column(nullable = false, length = 64)
    public String username;

    @Column(nullable = false, length = 40)
    public String action;

    @Column(nullable = false, length = 200)
    public String target;

    @Column(nullable = false, length = 1000)
    public String detail;

    @Column(nullable = false, length = 64)
    public String address;
}
