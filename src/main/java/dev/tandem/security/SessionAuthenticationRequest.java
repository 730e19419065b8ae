// SPDX-License-Identifier: Apache-2.0
package dev.tandem.security;

import io.quarkus.security.identity.request.BaseAuthenticationRequest;

/** A browser's session cookie, to be checked against the stored sessions. */
public final class SessionAuthenticationRequest extends BaseAuthenticationRequest {
    private final String cookieValue;

    public SessionAuthenticationRequest(String cookieValue) {
        this.cookieValue = cookieValue;
    }

    public String cookieValue() {
        return cookieValue;
    }
}
