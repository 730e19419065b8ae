// SPDX-License-Identifier: Apache-2.0
package dev.tandem.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Database trouble told from real driver failures, bare and wrapped as Hibernate and the pool wrap them. */
class DatabaseTroubleTest {
    @Test
    void shouldCallARefusedConnectionUnreachable() throws Exception {
        int closed;
        try (var socket = new ServerSocket(0)) {
            closed = socket.getLocalPort();
        }
        SQLException refused = assertThrows(SQLException.class,
                () -> DriverManager.getConnection("jdbc:postgresql://127.0.0.1:" + closed + "/tandem", "x", "y"));
        assertEquals(Optional.of(DatabaseTrouble.UNREACHABLE), DatabaseTrouble.of(refused));
        assertEquals(Optional.of(DatabaseTrouble.UNREACHABLE),
                DatabaseTrouble.of(new RuntimeException("Unable to acquire JDBC Connection", refused)));
    }

    @Test
    void shouldCallALockWaitThatRanOutBusy() throws Exception {
        String url = "jdbc:h2:mem:trouble-lock;DB_CLOSE_DELAY=-1;LOCK_TIMEOUT=100";
        try (Connection holder = DriverManager.getConnection(url); Connection waiter = DriverManager.getConnection(url)) {
            holder.createStatement().execute("create table pair(id int primary key, status varchar(10))");
            holder.createStatement().execute("insert into pair values (1, 'AUTO')");
            holder.setAutoCommit(false);
            holder.createStatement().executeUpdate("update pair set status = 'CONFIRMED' where id = 1");
            SQLException timeout = assertThrows(SQLException.class,
                    () -> waiter.createStatement().executeUpdate("update pair set status = 'REJECTED' where id = 1"));
            assertEquals(Optional.of(DatabaseTrouble.BUSY),
                    DatabaseTrouble.of(new IllegalStateException("could not execute statement", timeout)));
            holder.rollback();
        }
    }

    /**
     * Found by an operator: an import job whose commit found the disk full said "The import failed
     * (QuarkusTransactionException)". The transaction manager's RollbackException has no cause: the driver's failure
     * is a suppressed exception of it, as Narayana and Agroal report a failed commit.
     */
    @Test
    void shouldFindTheDiskFullInAFailedCommitsSuppressedException() {
        var commit = new jakarta.transaction.RollbackException("ARJUNA016053: Could not commit transaction.");
        commit.addSuppressed(new javax.transaction.xa.XAException("Error trying to transactionCommit local transaction")
                .initCause(new SQLException("General error: \"MVStoreException: Writing to channel failed\"", "HY000",
                        50000, new java.io.IOException("No space left on device"))));
        var wrapped = new io.quarkus.narayana.jta.QuarkusTransactionException(commit);
        assertEquals(Optional.of(DatabaseTrouble.STORAGE), DatabaseTrouble.of(wrapped));
        assertEquals(Optional.empty(), DatabaseTrouble.of(new io.quarkus.narayana.jta.QuarkusTransactionException(
                new jakarta.transaction.RollbackException("ARJUNA016053: Could not commit transaction."))));
    }

    /**
     * Found by an operator: with the data directory made read-only for Tandem's user, a backup answered 500
     * "Something went wrong" where every other write said 503, the disk is read-only.
     */
    @Test
    void shouldCallAFileTandemMayNotWriteStorage() {
        var denied = new UncheckedIOException("Cannot create /srv/tandem/data/backups for the backup",
                new AccessDeniedException("/srv/tandem/data/backups"));
        assertEquals(Optional.of(DatabaseTrouble.STORAGE), DatabaseTrouble.of(denied));
    }

    @Test
    void shouldCallAReadOnlyDatabaseStorage() throws Exception {
        Path dir = Files.createTempDirectory("tandem-trouble");
        String url = "jdbc:h2:file:" + dir.resolve("db");
        try (Connection c = DriverManager.getConnection(url)) {
            c.createStatement().execute("create table pair(id int primary key)");
        }
        try (Connection readOnly = DriverManager.getConnection(url + ";ACCESS_MODE_DATA=r")) {
            SQLException refused = assertThrows(SQLException.class,
                    () -> readOnly.createStatement().execute("insert into pair values (1)"));
            assertEquals(Optional.of(DatabaseTrouble.STORAGE), DatabaseTrouble.of(refused));
        }
    }

    @Test
    void shouldLeaveOtherFailuresAlone() throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:h2:mem:trouble-other")) {
            SQLException syntax = assertThrows(SQLException.class, () -> c.createStatement().execute("selec 1"));
            assertEquals(Optional.empty(), DatabaseTrouble.of(syntax));
        }
        assertEquals(Optional.empty(), DatabaseTrouble.of(new IllegalStateException("a bug")));
    }
}
