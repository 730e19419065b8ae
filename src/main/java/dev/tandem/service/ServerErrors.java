// SPDX-License-Identifier: Apache-2.0
package dev.tandem.service;

import io.quarkus.logging.Log;
import java.util.UUID;
import org.jboss.logging.MDC;

/**
 * Failures of the server's own (a 500, a background import that broke) are logged once, at ERROR, under a new id
 * that the client is shown too (a problem's {@code instance}, the error page, the job's message), so that what a
 * user reports leads to its log line.
 */
public final class ServerErrors {
    /** The log record's MDC key of the id. */
    public static final String MDC_KEY = "problem";

    private ServerErrors() {
    }

    /**
     * Logs {@code failure} of {@code what} (a request as {@code GET /path}, without its query string; a job) under a
     * new id, and returns the id: {@code urn:uuid:…}.
     */
    public static String log(Throwable failure, String what) {
        String instance = "urn:uuid:" + UUID.randomUUID();
        // also a field of its own in JSON logs (mdc.problem), for a log collector to search by
        MDC.put(MDC_KEY, instance);
        try {
            Log.errorf(failure, "Problem %s: %s failed", instance, what);
        } finally {
            MDC.remove(MDC_KEY);
        }
        return instance;
    }
}
