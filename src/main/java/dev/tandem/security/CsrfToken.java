// SPDX-License-Identifier: Apache-2.0
package dev.tandem.security;

import io.vertx.core.http.Cookie;
import io.vertx.core.http.HttpServerRequest;
import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Base64;

/**
 * The CSRF token of the signed-in browser: a hash of its session cookie. A page can show it (the cookie is HttpOnly
 * and the hash does not reveal it), another site can neither read nor compute it. Nothing to store: the session
 * is the state. Templates use {@code {inject:csrf.token}}.
 */
@RequestScoped
@Named("csrf")
public class CsrfToken {
    public static final String HEADER = "X-CSRF-Token";
    public static final String FIELD = "csrf-token";

    @Inject
    Instance<HttpServerRequest> request;

    public String getToken() {
        if (!request.isResolvable()) {
            return "";
        }
        Cookie cookie = request.get().getCookie(AccountAuthenticationMechanism.COOKIE);
        return cookie == null ? "" : of(cookie.getValue());
    }

    public String getHeaderName() {
        return HEADER;
    }

    public String getParameterName() {
        return FIELD;
    }

    public static String of(String cookieValue) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(Secrets.sha256("tandem-csrf\u0000" + cookieValue));
    }
}
