// SPDX-License-Identifier: Apache-2.0
package dev.tandem.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.tandem.bench.ThrowAwayPostgres;
import dev.tandem.review.QaCode;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * V9 turns the flags stored as text (a line per flag, "code TAB message") into the mask of their codes' bits, on H2
 * and on PostgreSQL (when its binaries are installed): the schema at V8 gets pairs with every kind of stored flags,
 * then the migrations run on to the newest.
 */
class FlagMaskMigrationTest {
    /** Stored flags as V8 held them, and the mask V9 must make of each. */
    private static final Map<String, Integer> STORED = new LinkedHashMap<>();

    static {
        STORED.put("", 0);
        STORED.put("numbers\tNumber 12 is in the target but not in the source.", QaCode.NUMBERS.bit());
        STORED.put("numbers\tNumber 3 is in the source but not in the target.\nlength\tThe target is 3.1 times as long"
                + " as usual for this document. It may hold the translation of a neighbouring sentence.",
                QaCode.NUMBERS.bit() | QaCode.LENGTH.bit());
        STORED.put("empty-source\t" + QaCode.EMPTY_SOURCE.message(), QaCode.EMPTY_SOURCE.bit());
        STORED.put("empty-target\t" + QaCode.EMPTY_TARGET.message(), QaCode.EMPTY_TARGET.bit());
        STORED.put("untranslated\t" + QaCode.UNTRANSLATED.message() + "\nbrackets\tThe target has an unclosed (, while"
                + " the source is balanced.", QaCode.UNTRANSLATED.bit() | QaCode.BRACKETS.bit());
        // A code named inside a message is no flag of its own.
        STORED.put("length\tThe target is only 0.3 times as long as usual: numbers and brackets may be missing.",
                QaCode.LENGTH.bit());
        STORED.put("numbers\ta\nlength\tb\nuntranslated\tc\nbrackets\td", QaCode.NUMBERS.bit() | QaCode.LENGTH.bit()
                | QaCode.UNTRANSLATED.bit() | QaCode.BRACKETS.bit());
    }

    @Test
    void shouldReadTheCodesOfStoredFlagsOnH2() throws SQLException {
        migrate("jdbc:h2:mem:flags-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1", "sa");
    }

    @Test
    void shouldReadTheCodesOfStoredFlagsOnPostgres() throws SQLException {
        Path binaries = ThrowAwayPostgres.binaries();
        Assumptions.assumeTrue(binaries != null, "no PostgreSQL under /usr/lib/postgresql");
        try (var postgres = ThrowAwayPostgres.start(binaries)) {
            migrate(postgres.jdbcUrl(), "postgres");
        }
    }

    private static void migrate(String url, String user) throws SQLException {
        flyway(url, user).target("8").load().migrate();
        try (Connection connection = DriverManager.getConnection(url, user, "")) {
            try (Statement sql = connection.createStatement()) {
                sql.executeUpdate("INSERT INTO project (id, name, source_language, target_language, created_at)"
                        + " VALUES (1, 'p', 'de', 'en', CURRENT_TIMESTAMP)");
                sql.executeUpdate("INSERT INTO document (id, project_id, title, segmentation, version, length_ratio,"
                        + " created_at, updated_at) VALUES (1, 1, 'd', 'lines', 1, 1.0, CURRENT_TIMESTAMP,"
                        + " CURRENT_TIMESTAMP)");
            }
            try (PreparedStatement insert = connection.prepareStatement("INSERT INTO sentence_pair (id, document_id,"
                    + " ord, source_from, source_to, source_count, target_from, target_to, target_count, status,"
                    + " confidence, flags) VALUES (?, 1, ?, 0, 0, 1, 0, 0, 1, 'AUTO', 0.5, ?)")) {
                long id = 1;
                for (String flags : STORED.keySet()) {
                    insert.setLong(1, id);
                    insert.setLong(2, id);
                    insert.setString(3, flags);
                    insert.executeUpdate();
                    id++;
                }
            }
        }
        flyway(url, user).load().migrate();
        try (Connection connection = DriverManager.getConnection(url, user, "");
             Statement sql = connection.createStatement();
             ResultSet rows = sql.executeQuery("SELECT flag_mask FROM sentence_pair ORDER BY id")) {
            for (Map.Entry<String, Integer> stored : STORED.entrySet()) {
                rows.next();
                assertEquals(stored.getValue(), rows.getInt(1), stored.getKey());
            }
            assertFalse(rows.next());
            try (ResultSet columns = connection.getMetaData().getColumns(null, null, "%", "%")) {
                while (columns.next()) {
                    if (columns.getString("TABLE_NAME").equalsIgnoreCase("sentence_pair")) {
                        assertFalse(columns.getString("COLUMN_NAME").equalsIgnoreCase("flags"), "the text column is gone");
                    }
                }
            }
        }
    }

    private static FluentConfiguration flyway(String url, String user) {
        return Flyway.configure().dataSource(url, user, "").locations("classpath:db/migration");
    }
}
