// SPDX-License-Identifier: Apache-2.0
package dev.tandem.bench;

import java.util.Locale;

/** Round trips of one kind of request, and the server's own times when it sends {@code Server-Timing}. */
final class Timings {
    final Latencies roundTrip = new Latencies();
    final Latencies server = new Latencies();

    void add(LoopbackClient.Reply reply) {
        roundTrip.add(reply.millis());
        if (!Double.isNaN(reply.serverMillis())) {
            server.add(reply.serverMillis());
        }
    }

    void addAll(Timings other) {
        roundTrip.addAll(other.roundTrip);
        server.addAll(other.server);
    }

    /** Server median/p95 when known, else a note that the figures are round trips. */
    String serverColumn() {
        return server.count() == 0 ? "round trip on 127.0.0.1"
                : String.format(Locale.ROOT, "Server-Timing median %.1f p95 %.1f", server.median(), server.p95());
    }
}
