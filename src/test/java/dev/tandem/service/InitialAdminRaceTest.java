// SPDX-License-Identifier: Apache-2.0
package dev.tandem.service;

import static java.util.concurrent.TimeUnit.SECONDS;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tandem.model.Account;
import dev.tandem.security.Passwords;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.Test;

/**
 * Two instances starting on one empty database both find no account and both create the first admin: the one whose
 * insert comes second must go on with the other's admin, and log no password hash on the way. Here the first instance
 * is a transaction holding its uncommitted admin while the second inserts the same name. CI runs this on PostgreSQL
 * too, whose error for a batched insert would quote the hash.
 */
@QuarkusTest
class InitialAdminRaceTest {
    @Inject
    InitialAdmin initialAdmin;

    @Inject
    AccountService accounts;

    @Test
    void theInstanceThatLosesTheRaceForTheFirstAdminGoesOnAndLogsNoHash() throws Exception {
        String name = "first-admin-" + (System.nanoTime() % 1_000_000);
        var inserted = new CountDownLatch(1);
        var commit = new CountDownLatch(1);
        List<String> logged = new CopyOnWriteArrayList<>();
        Handler capture = new Handler() {
            @Override
            public void publish(LogRecord record) {
                logged.add(record.getMessage() + (record.getThrown() == null ? "" : "\n" + trace(record.getThrown())));
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        Logger root = Logger.getLogger("");
        root.addHandler(capture);
        ExecutorService instances = Executors.newFixedThreadPool(2);
        try {
            Future<?> first = instances.submit(() -> QuarkusTransaction.requiringNew().run(() -> {
                accounts.insert(name, "password-of-the-first", true);
                Account.flush();
                inserted.countDown();
                awaitQuietly(commit);
            }));
            assertTrue(inserted.await(30, SECONDS), "the first instance inserted its admin");
            // The second found no account either (the first's is not committed): its insert breaks the unique name.
            Future<Boolean> second = instances.submit(() -> initialAdmin.createUnlessRaced(name, "password-of-the-second"));
            commit.countDown();
            first.get(30, SECONDS);
            assertFalse(second.get(30, SECONDS), "the second instance goes on with the first's admin");
        } finally {
            root.removeHandler(capture);
            instances.shutdownNow();
        }
        Account admin = QuarkusTransaction.requiringNew().call(() -> Account.findByUsername(name).orElseThrow());
        try {
            assertTrue(Passwords.matches("password-of-the-first", admin.passwordHash), "the first instance's admin");
            String log = String.join("\n", logged);
            assertTrue(log.contains("23505"), "the database refused the second insert for its unique name (SQLState "
                    + "23505), and this test saw the log: " + log);
            assertFalse(log.toLowerCase(Locale.ROOT).matches("(?s).*\\$2[aby]\\$.*"), "no bcrypt hash in the log: " + log);
            assertFalse(log.contains("password-of-the-second"), log);
        } finally {
            QuarkusTransaction.requiringNew().run(() -> Account.delete("username", name));
        }
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await(30, SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static String trace(Throwable thrown) {
        var text = new StringWriter();
        thrown.printStackTrace(new PrintWriter(text));
        return text.toString();
    }
}
