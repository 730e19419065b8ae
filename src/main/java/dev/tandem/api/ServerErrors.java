// SPDX-License-Identifier: Apache-2.0
package dev.tandem.api;

import io.quarkus.logging.Log;
import java.util.UUID;
import org.jboss.logging.MDC;

/**
 * Failures of the server's own (5xx) are logged once, at ERROR, under a new id that the answer carries too (the
 * problem's {@code instance}, or the error page's text), so that what a user reports leads to its log line.
 */
public final class ServerErrors {
    /** The log record's MDC key of the id. */
    public static final String MDC_KEY = "problem";

    private ServerErrors() {
    }

    /** Logs {@code failure} of the request {@code method path} (no query string) under a new id: {@code urn:uuid:…}. */
    public static String log(Throwable failure, String method, String path) {
        String instance = "urn:uuid:" + UUID.randomUUID();
        // also a field of its own in JSON logs (mdc.problem), for a log collector to search by
        MDC.put(MDC_KEY, instance);
        try {
            Log.errorf(failure, "Problem %s: %s %s failed", instance, method, path);
        } finally {
            MDC.remove(MDC_KEY);
        }
        return instance;
    }
}
