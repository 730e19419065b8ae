// SPDX-License-Identifier: Apache-2.0
package dev.tandem.testing;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.Map;

/**
 * One Quarkus start for the tests that prove long work runs outside transactions (an import that aligns for longer
 * than a transaction may last, an export read more slowly than that): a 3 s transaction timeout, the shortest that
 * start-up (bcrypt for the first admin) safely fits on a busy machine. Imports of up to 1,000,000 characters run in
 * the request, larger ones (from 1,100,000) as jobs. An interactive request waits at most 1 s for its turn
 * ({@code ServerBusyTest}).
 */
public class ShortTransactions implements QuarkusTestProfile {
    /** The transaction timeout of this profile. */
    public static final int TIMEOUT_SECONDS = 3;

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("quarkus.transaction-manager.default-transaction-timeout", TIMEOUT_SECONDS + "s",
                "tandem.import.max-chars", "1000000",
                "tandem.import.async-above-chars", "1100000",
                "tandem.requests.max-wait", "PT1S",
                // the client waits for the whole import, which a busy machine makes slow
                "quarkus.http.test-timeout", "5m");
    }
}
