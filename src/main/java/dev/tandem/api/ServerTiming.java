// SPDX-License-Identifier: Apache-2.0
package dev.tandem.api;

import io.vertx.ext.web.Router;
import jakarta.enterprise.event.Observes;

/**
 * Every answer says how long the server took, {@code Server-Timing: app;dur=12.3} (ms, from the request's arrival to
 * its headers going out, so a page's template is rendered by then): benchmarks and the browser's developer tools see
 * the server's own time apart from the network's.
 */
public class ServerTiming {
    static final String HEADER = "Server-Timing";

    void install(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE).handler(context -> {
            long start = System.nanoTime();
            context.addHeadersEndHandler(ignored -> context.response().putHeader(HEADER,
                    duration(System.nanoTime() - start)));
            context.next();
        });
    }

    /** {@code app;dur=12.3}: milliseconds to a tenth, written without a Formatter on every answer. */
    static String duration(long nanos) {
        long tenths = Math.round(nanos / 1e5);
        return "app;dur=" + tenths / 10 + "." + tenths % 10;
    }
}
