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
 * Writes a dictionary's entries in JDBC batches on the connection (and so in the transaction) of the persistence
 * context: persisting 300,000 {@link dev.tandem.model.LexiconEntry} entities one by one took far longer than the
 * upload may, and held them all in the session.
 *
 * <p>Ids come from {@code lexicon_entry_seq} the way Hibernate's pooled optimizer takes them (the sequence steps by
 * {@value #ID_BLOCK}; a value {@code v} stands for the ids {@code v - 49 … v}), so these rows and entities that
 * Hibernate persists never share an id.
 */
final class LexiconRows {
    static final int ID_BLOCK = 50;
    private static final int BATCH = 1000;
    private static final String INSERT =
            "INSERT INTO lexicon_entry (id, project_id, dictionary_id, source, target) VALUES (?, ?, ?, ?, ?)";

    private LexiconRows() {
    }

    /** Inserts the entries, in order, into the dictionary of the project. */
    static void insert(EntityManager entityManager, long projectId, long dictionaryId, List<DictionaryEntry> entries) {
        String nextBlock = entityManager.getEntityManagerFactory().unwrap(SessionFactoryImplementor.class)
                .getJdbcServices().getDialect().getSequenceSupport().getSequenceNextValString("lexicon_entry_seq");
        entityManager.unwrap(Session.class).doWork(connection -> {
            try (PreparedStatement insert = connection.prepareStatement(INSERT);
                 PreparedStatement ids = connection.prepareStatement(nextBlock)) {
                long next = 0;
                long last = -1;
                int batched = 0;
                for (DictionaryEntry entry : entries) {
                    if (next > last) {
                        last = nextValue(ids);
                        next = Math.max(1, last - ID_BLOCK + 1);
                    }
                    insert.setLong(1, next++);
                    insert.setLong(2, projectId);
                    insert.setLong(3, dictionaryId);
                    insert.setString(4, entry.source());
                    insert.setString(5, entry.target());
                    insert.addBatch();
                    if (++batched == BATCH) {
                        insert.executeBatch();
                        batched = 0;
                    }
                }
                if (batched > 0) {
                    insert.executeBatch();
                }
            }
        });
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
