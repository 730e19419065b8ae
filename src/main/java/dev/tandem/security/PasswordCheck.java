// SPDX-License-Identifier: Apache-2.0
package dev.tandem.security;

import java.time.Duration;

/** The outcome of checking a username and password. */
public sealed interface PasswordCheck {
    record Accepted(AccountPrincipal principal) implements PasswordCheck {
    }

    record Refused() implements PasswordCheck {
    }

    /** Too many recent failures: not even checked. */
    record Throttled(Duration retryAfter) implements PasswordCheck {
    }
}
