// SPDX-License-Identifier: Apache-2.0
package dev.tandem.service;

import dev.tandem.config.TandemConfig;
import dev.tandem.model.Account;
import dev.tandem.security.AuditLog;
import dev.tandem.security.Secrets;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
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

    @Transactional
    void onStart(@Observes StartupEvent event) {
        if (Account.count() > 0) {
            return;
        }
        String password = config.admin().initialPassword().filter(p -> !p.isBlank()).orElse(null);
        boolean generated = password == null;
        if (generated) {
            password = Secrets.randomPassword();
        }
        Account admin = accounts.createUnchecked(config.admin().username(), password, true);
        audit.record("tandem", "", "user-create", "account " + admin.username, "first admin, at first start");
        if (generated) {
            LOG.warnf("%n%n    Created the first admin account \"%s\" with the password   %s%n"
                    + "    It is shown only this once: sign in at /login and change it at /account.%n",
                    admin.username, password);
        } else {
            LOG.infof("Created the first admin account \"%s\" with the password from"
                    + " tandem.admin.initial-password.", admin.username);
        }
    }
}
