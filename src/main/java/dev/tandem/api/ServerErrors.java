// SPDX-License-Identifier: Apache-2.0
package dev.tandem.api;

import io.quarkus.logging.Log;
import java.util.UUID;

/**
 * Failures of the server's own (5xx) are logged once, at ERROR, under a new id that the answer carries too (the
 * problem's {@code instance}, or the error page's text), so that what a user reports leads to its log line.
 */
public final class ServerErrors {
    private ServerErrors() {
    }

    /** Logs {@code failure} of the request {@code method path} (no query string) under a new id: {@code urn:uuid:…}. */
    public static String log(Throwable failure, String method, String path) {
        String instance = "urn:uuid:" + UUID.randomUUID();
        Log.errorf(failure, "Problem %s: %s %s failed: %s", instance, method, path, failure);
        return instance;
    }
}
