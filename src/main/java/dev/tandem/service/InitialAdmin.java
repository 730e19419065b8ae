// SPDX-License-Identifier: Apache-2.0
package dev.tandem.service;

import dev.tandem.config.TandemConfig;
import dev.tandem.model.Account;
import dev.tandem.security.AuditLog;
import dev.tandem.security.Secrets;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.narayana.jta.TransactionRunnerOptions;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import org.hibernate.Session;
import org.jboss.logging.Logger;

/**
 * On the first start (no accounts yet) creates the admin, with {@code tandem.admin.initial-password}
 * (env {@code TANDEM_ADMIN_INITIAL_PASSWORD}) or, when unset, a generated password printed once to the log.
 */
@jakarta.enterprise.context.ApplicationScoped
public class InitialAdmin {
    private static final Logger LOG = Logger.getLogger(InitialAdmin.class);

    @Inject
    AccountService accounts;

    @Inject
    AuditLog audit;

    @Inject
    TandemConfig config;

    /**
     * The first queries of a start (compiled then) on a busy machine can outlast a short transaction timeout an
     * operator chose for requests; a start is not failed for it, and nothing else waits on these few statements.
     */
    private static final int START_UP_TIMEOUT_SECONDS = 120;

    private static TransactionRunnerOptions startUpTransaction() {
        return QuarkusTransaction.requiringNew().timeout(START_UP_TIMEOUT_SECONDS);
    }

    /**
     * Runs before the other start-up work (the search index's warm-up, the import heartbeat): a refused initial
     * password stops the start before they begin. In CI a warm-up cut short by that stop logged a 32-line trace.
     */
    void onStart(@Observes @Priority(Interceptor.Priority.LIBRARY_BEFORE) StartupEvent event) {
        if (startUpTransaction().call(() -> Account.count() > 0)) {
            return;
        }
        String password = config.admin().initialPassword().filter(p -> !p.isBlank()).orElse(null);
        boolean generated = password == null;
        if (generated) {
            password = Secrets.randomPassword();
        }
        String username = config.admin().username();
        if (!createUnlessRaced(username, password)) {
            LOG.infof("Another instance created the first admin account \"%s\" meanwhile; this one uses it.", username);
            return;
        }
        if (generated) {
            LOG.warnf("%n%n    Created the first admin account \"%s\" with the password   %s%n"
                    + "    It is shown only this once: sign in at /login and change it at /account.%n",
                    username, password);
        } else {
            LOG.infof("Created the first admin account \"%s\" with the password from"
                    + " tandem.admin.initial-password.", username);
        }
    }

    /**
     * Creates the admin {@code username}; false when another instance, starting on the same empty database, created
     * it first. Both found no account, so the insert of the second breaks the unique name: that is what tells. The
     * insert is sent alone, not in a JDBC batch: PostgreSQL's error for a batch repeats the statement with its values,
     * the password hash among them, and Hibernate logs it.
     */
    boolean createUnlessRaced(String username, String password) {
        try {
            startUpTransaction().run(() -> {
                Account.getEntityManager().unwrap(Session.class).setJdbcBatchSize(1);
                Account admin = accounts.insert(username, password, true);
                Account.flush();
                audit.record("tandem", "", "user-create", "account " + admin.username, "first admin, at first start");
            });
            return true;
        } catch (InvalidInputException e) {
            // the rules' own words (they never quote the password); found said as "the database's log says why"
            throw new IllegalArgumentException("tandem.admin.initial-password (TANDEM_ADMIN_INITIAL_PASSWORD) is refused: "
                    + e.getMessage() + " Set a stronger one, or leave it unset to have one made and shown in this log.");
        } catch (RuntimeException e) {
            if (startUpTransaction().call(() -> Account.findByUsername(username).isPresent())) {
                return false;
            }
            // Not the exception itself: its message may quote the statement with the password hash.
            throw new IllegalStateException("Could not create the first admin account \"" + username + "\" ("
                    + e.getClass().getSimpleName() + "); the database's log says why.");
        }
    }
}
