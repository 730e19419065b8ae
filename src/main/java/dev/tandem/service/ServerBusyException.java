// SPDX-License-Identifier: Apache-2.0
package dev.tandem.service;

import java.time.Duration;

/** A request that waited {@code tandem.requests.max-wait} for its turn ({@link RequestAdmission}) and got none. */
public class ServerBusyException extends RuntimeException {
    public ServerBusyException(Duration waited) {
        super("The server is busy: this request waited " + waited.toSeconds() + " s for its turn and was not started;"
                + " nothing was changed. Try again in a few seconds.");
    }

    /** Seconds a client should wait before trying again. */
    public long retryAfterSeconds() {
        return 2;
    }
}
