// SPDX-License-Identifier: Apache-2.0
package dev.tandem.testing;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Locale;

/**
 * Large documents written straight into a database (H2 or PostgreSQL) with Tandem's schema, laid out exactly as an
 * import stores them (sparse keys {@code 2^32 × (i + 1)}, each pair's ranges tiling both sides, the last ending at
 * {@code Long.MAX_VALUE}): many one-to-one pairs in seconds, where importing them would take the aligner minutes.
 * Ids come from above the sequences' current values, and the sequences are moved past them, so rows the application
 * creates later never collide.
 */
public final class BulkDocuments {
    private static final long GAP = 1L << 32;

    private BulkDocuments() {
    }

    /** Inserts a project; returns its id. */
    public static long insertProject(Connection connection, String name, String sourceLanguage, String targetLanguage)
            throws SQLException {
        long id = reserve(connection, "project_seq", 1);
        insertRow(connection, "INSERT INTO project (id, name, source_language, target_language, created_at)"
                + " VALUES (?, ?, ?, ?, ?)", id, name, sourceLanguage, targetLanguage, OffsetDateTime.now(ZoneOffset.UTC));
        return id;
    }

    /**
     * Inserts a document of {@code pairs} unreviewed one-to-one pairs into project {@code projectId}; returns its id.
     * Pair {@code i} (from 1) has the source "Satz i …" and the target "Sentence i …".
     */
    public static long insert(Connection connection, long projectId, String title, int pairs) throws SQLException {
        boolean autoCommit = connection.getAutoCommit();
        connection.setAutoCommit(false);
        try {
            long document = reserve(connection, "document_seq", 1);
            long sentences = reserve(connection, "sentence_seq", 2L * pairs);
            long pairIds = reserve(connection, "sentence_pair_seq", pairs);
            long texts = reserve(connection, "document_text_seq", 2);
            var now = OffsetDateTime.now(ZoneOffset.UTC);
            insertRow(connection, "INSERT INTO document (id, project_id, title, segmentation, version, length_ratio,"
                    + " created_at, updated_at, target_language) VALUES (?, ?, ?, 'lines', 1, 1.0, ?, ?,"
                    + " (SELECT target_language FROM project WHERE id = ?))", document, projectId, title, now, now,
                    projectId);
            String numbers = numbers(connection, pairs);
            try (Statement sql = connection.createStatement()) {
                // The verbatim texts are not what these documents are for; a note stands in for them.
                sql.executeUpdate("INSERT INTO document_text (id, document_id, side, text) VALUES (" + texts + ", "
                        + document + ", 'SOURCE', 'bulk fixture'), (" + (texts + 1) + ", " + document
                        + ", 'TARGET', 'bulk fixture')");
                sentences(sql, numbers, sentences, document, "SOURCE",
                        "'Satz ' || X || ' steht hier, damit die Ausgabe eine übliche Länge hat.'");
                sentences(sql, numbers, sentences + pairs, document, "TARGET",
                        "'Sentence ' || X || ' stands here, so that the output has a usual length.'");
                sql.executeUpdate("INSERT INTO sentence_pair (id, document_id, ord, source_from, source_to, source_count,"
                        + " target_from, target_to, target_count, status, confidence, flag_mask)"
                        + " SELECT " + pairIds + " + X, " + document + ", " + GAP + " * X,"
                        + " CASE WHEN X = 1 THEN 0 ELSE " + GAP + " * X END,"
                        + " CASE WHEN X = " + pairs + " THEN " + Long.MAX_VALUE + " ELSE " + GAP + " * (X + 1) END, 1,"
                        + " CASE WHEN X = 1 THEN 0 ELSE " + GAP + " * X END,"
                        + " CASE WHEN X = " + pairs + " THEN " + Long.MAX_VALUE + " ELSE " + GAP + " * (X + 1) END, 1,"
                        + " 'AUTO', 0.5, 0 FROM " + numbers);
            }
            connection.commit();
            return document;
        } catch (SQLException | RuntimeException e) {
            connection.rollback();
            throw e;
        } finally {
            connection.setAutoCommit(autoCommit);
        }
    }

    private static void sentences(Statement sql, String numbers, long firstId, long document, String side,
                                  String text) throws SQLException {
        sql.executeUpdate("INSERT INTO sentence (id, document_id, side, ord, paragraph, start_offset, end_offset, text)"
                + " SELECT " + firstId + " + X, " + document + ", '" + side + "', " + GAP + " * X, 0, 0, 0, " + text
                + " FROM " + numbers);
    }

    private static void insertRow(Connection connection, String sql, Object... values) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(sql)) {
            for (int i = 0; i < values.length; i++) {
                insert.setObject(i + 1, values[i]);
            }
            insert.executeUpdate();
        }
    }

    /** A FROM item of the numbers 1 to {@code count} in a column X. */
    private static String numbers(Connection connection, int count) throws SQLException {
        return postgres(connection) ? "generate_series(1, " + count + ") AS numbers(x)"
                : "SYSTEM_RANGE(1, " + count + ")";
    }

    private static boolean postgres(Connection connection) throws SQLException {
        return connection.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT).contains("postgres");
    }

    /**
     * The first of {@code count} ids no one else will take: above the sequence's value and the block Hibernate may
     * hold from it (50), after which the sequence restarts.
     */
    private static long reserve(Connection connection, String sequence, long count) throws SQLException {
        try (Statement sql = connection.createStatement();
             var rs = sql.executeQuery(postgres(connection) ? "SELECT nextval('" + sequence + "')"
                     : "SELECT NEXT VALUE FOR " + sequence)) {
            rs.next();
            long first = rs.getLong(1) + 100;
            sql.executeUpdate("ALTER SEQUENCE " + sequence + " RESTART WITH " + (first + count + 100));
            return first;
        }
    }
}
