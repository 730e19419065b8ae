// SPDX-License-Identifier: Apache-2.0
package dev.tandem.service;

import dev.tandem.config.TandemConfig;
import dev.tandem.security.CurrentUser;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import org.hibernate.Session;

/**
 * An online backup of the embedded H2 database: H2's {@code BACKUP TO} writes the database file into a zip while
 * Tandem runs, consistent as of one moment (the store is append-only, so nothing is locked). Restoring is unzipping
 * it into the data directory with Tandem stopped (README, "Backup and restore"). PostgreSQL installations use
 * pg_dump instead.
 */
@ApplicationScoped
public class DatabaseBackup {
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss-SSS");

    @Inject
    EntityManager entityManager;

    @Inject
    TandemConfig config;

    @Inject
    CurrentUser user;

    /** Writes a backup into the data directory's {@code backups} folder and returns it; the caller removes it. */
    public Path write() {
        Path folder = Path.of(config.dataDir(), "backups").toAbsolutePath();
        Path file = folder.resolve("tandem-backup-" + ZonedDateTime.now(ZoneOffset.UTC).format(STAMP) + ".zip");
        try {
            Files.createDirectories(folder);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create " + folder + " for the backup", e);
        }
        try {
            backUp(file);
        } catch (RuntimeException e) {
            // found on a full disk: the failed backup left a 0-byte zip that looked like one
            try {
                Files.deleteIfExists(file);
            } catch (IOException suppressed) {
                e.addSuppressed(suppressed);
            }
            throw e;
        }
        user.audit("backup", "database", file.getFileName().toString());
        return file;
    }

    private void backUp(Path file) {
        QuarkusTransaction.requiringNew().run(() -> {
            String[] database = entityManager.unwrap(Session.class).doReturningWork(connection -> new String[] {
                    connection.getMetaData().getDatabaseProductName(), connection.getMetaData().getURL()});
            if (!"H2".equals(database[0])) {
                throw new BackupUnavailableException("This installation keeps its data in " + database[0] + ": back"
                        + " it up with pg_dump -Fc and restore it with pg_restore --clean (README, \"Backup and"
                        + " restore\").");
            }
            if (database[1].startsWith("jdbc:h2:mem:")) {
                throw new BackupUnavailableException("This installation keeps its data in memory only"
                        + " (quarkus.datasource.jdbc.url is " + database[1] + "): there is no file to back up.");
            }
            // The name is made here, never taken from a request; a quote is doubled all the same.
            entityManager.createNativeQuery("BACKUP TO '" + file.toString().replace("'", "''") + "'")
                    .executeUpdate();
        });
    }
}
