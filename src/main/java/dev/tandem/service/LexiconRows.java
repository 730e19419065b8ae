// SPDX-License-Identifier: Apache-2.0
package dev.tandem.service;

import dev.tandem.formats.DictionaryEntry;
import jakarta.persistence.EntityManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import org.hibernate.Session;
import org.hibernate.engine.spi.SessionFactoryImplementor;

/**
 * Writes a dictionary's entries with multi-row INSERTs on the JDBC connection (and so in the transaction) of the persistence
 * context: persisting 300,000 {@link dev.tandem.model.LexiconEntry} entities one by one took far longer than the
 * upload may, and held them all in the session.
 *
 * <p>Ids come from {@code lexicon_entry_seq} the way Hibernate's pooled optimizer takes them (the sequence steps by
 * {@value #ID_BLOCK}; a value {@code v} stands for the ids {@code v - 49 … v}), so these rows and entities that
 * Hibernate persists never share an id.
 */
final class LexiconRows {
    static final int ID_BLOCK = 50;
    /** Rows per INSERT: one statement of many rows costs H2 and PostgreSQL far less than as many batched ones. */
    private static final int ROWS = 200;
    private static final String INSERT = "INSERT INTO lexicon_entry (id, project_id, dictionary_id, source, target) VALUES ";

    private LexiconRows() {
    }

    /** Inserts the entries, in order, into the dictionary of the project. */
    static void insert(EntityManager entityManager, long projectId, long dictionaryId, List<DictionaryEntry> entries) {
        String nextBlock = entityManager.getEntityManagerFactory().unwrap(SessionFactoryImplementor.class)
                .getJdbcServices().getDialect().getSequenceSupport().getSequenceNextValString("lexicon_entry_seq");
        entityManager.unwrap(Session.class).doWork(connection -> {
            try (PreparedStatement ids = connection.prepareStatement(nextBlock);
                 PreparedStatement full = connection.prepareStatement(insert(ROWS))) {
                long next = 0;
                long last = -1;
                for (int from = 0; from < entries.size(); from += ROWS) {
                    List<DictionaryEntry> rows = entries.subList(from, Math.min(entries.size(), from + ROWS));
                    PreparedStatement insert = rows.size() == ROWS ? full : connection.prepareStatement(insert(rows.size()));
                    try {
                        int parameter = 1;
                        for (DictionaryEntry entry : rows) {
                            if (next > last) {
                                last = nextValue(ids);
                                next = Math.max(1, last - ID_BLOCK + 1);
                            }
                            insert.setLong(parameter++, next++);
                            insert.setLong(parameter++, projectId);
                            insert.setLong(parameter++, dictionaryId);
                            insert.setString(parameter++, entry.source());
                            insert.setString(parameter++, entry.target());
                        }
                        insert.executeUpdate();
                    } finally {
                        if (insert != full) {
                            insert.close();
                        }
                    }
                }
            }
        });
    }

    private static String insert(int rows) {
        return INSERT + String.join(", ", java.util.Collections.nCopies(rows, "(?, ?, ?, ?, ?)"));
    }

    private static long nextValue(PreparedStatement ids) throws SQLException {
        try (ResultSet value = ids.executeQuery()) {
            if (!value.next()) {
                throw new SQLException("lexicon_entry_seq gave no value");
            }
            return value.getLong(1);
        }
    }
}
