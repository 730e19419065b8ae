// SPDX-License-Identifier: Apache-2.0
package dev.tandem.service;

import java.time.Duration;

/**
 * A password checked while its account is locked by too many wrong ones (the sign-in throttle): refused without
 * checking it, HTTP 429 with {@code Retry-After}. Nothing was changed.
 */
public class TooManyAttemptsException extends RuntimeException {
    private final String field;
    private final Duration retryAfter;

    public TooManyAttemptsException(String field, Duration retryAfter) {
        super("Too many wrong passwords for this account: wait " + Math.max(1, (retryAfter.toSeconds() + 59) / 60)
                + " minute(s) and try again. Nothing was changed.");
        this.field = field;
        this.retryAfter = retryAfter;
    }

    public String field() {
        return field;
    }

    public long retryAfterSeconds() {
        return Math.max(1, retryAfter.toSeconds());
    }
}
