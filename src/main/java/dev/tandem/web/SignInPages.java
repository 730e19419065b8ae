// SPDX-License-Identifier: Apache-2.0
package dev.tandem.web;

import dev.tandem.api.NoProjectRole;
import dev.tandem.config.TandemConfig;
import dev.tandem.security.AccountAuthenticationMechanism;
import dev.tandem.security.CsrfToken;
import dev.tandem.security.CurrentUser;
import dev.tandem.security.PasswordCheck;
import dev.tandem.security.Secrets;
import dev.tandem.security.SignIn;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import org.jboss.resteasy.reactive.RestCookie;
import org.jboss.resteasy.reactive.RestForm;

/**
 * Signing in and out of the web pages: a form, then a session cookie. The form carries a token that must equal
 * the one in a cookie set with it (double submit), so another site cannot sign a browser into an account of its
 * choosing (login CSRF): it can post the form, but it can neither read nor set that cookie.
 */
@Path("/")
@Produces(MediaType.TEXT_HTML)
@NoProjectRole("signing in and out: before any project")
public class SignInPages {
    @Inject
    SignIn signIn;

    @Inject
    CurrentUser user;

    @Inject
    TandemConfig config;

    /** The cookie that holds the sign-in form's token. */
    public static final String FORM_COOKIE = "tandem_signin";

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance login(String username, String next, String error, String formToken);
    }

    @GET
    @Path("login")
    @PermitAll
    public Response form(@QueryParam("next") String next, UriInfo uri) {
        String token = Secrets.randomToken();
        return Response.ok(Templates.login("", safeNext(next), null, token)).cookie(formCookie(token, uri, false))
                .build();
    }

    @POST
    @Path("login")
    @PermitAll
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response signIn(@RestForm String username, @RestForm String password, @RestForm String next,
                           @RestForm(CsrfToken.FIELD) String formToken, @RestCookie(FORM_COOKIE) String cookieToken,
                           UriInfo uri) {
        String target = safeNext(next);
        if (!Secrets.sameSecret(cookieToken, formToken)) {
            // checked before the password, so a forged post neither signs in nor counts as a failed attempt
            String fresh = Secrets.randomToken();
            return Response.status(403).cookie(formCookie(fresh, uri, false))
                    .entity(Templates.login(username, target, "This sign-in form has expired or was sent from "
                            + "another site: please sign in again.", fresh)).build();
        }
        PasswordCheck check = signIn.checkPassword(username, password, user.address());
        if (check instanceof PasswordCheck.Accepted ok) {
            String cookie = signIn.startSession(ok.principal(), user.address());
            return Response.seeOther(URI.create(target)).cookie(sessionCookie(cookie, uri, false))
                    .cookie(formCookie("", uri, true)).build();
        }
        if (check instanceof PasswordCheck.Throttled throttled) {
            long seconds = Math.max(1, throttled.retryAfter().toSeconds());
            return Response.status(429).header("Retry-After", seconds)
                    .entity(Templates.login(username, target, "Too many failed sign-ins for this account: wait "
                            + minutes(seconds) + " and try again.", formToken)).build();
        }
        return Response.status(401).entity(Templates.login(username, target, "Wrong username or password.",
                formToken)).build();
    }

    @POST
    @Path("logout")
    @PermitAll
    public Response signOut(@RestCookie(AccountAuthenticationMechanism.COOKIE) String cookie, UriInfo uri) {
        if (cookie != null && !cookie.isEmpty()) {
            signIn.endSession(cookie, user.username(), user.address());
        }
        return Response.seeOther(URI.create("/login")).cookie(sessionCookie("", uri, true)).build();
    }

    private NewCookie sessionCookie(String value, UriInfo uri, boolean expire) {
        return cookie(AccountAuthenticationMechanism.COOKIE, "/", NewCookie.SameSite.LAX, value, uri, expire);
    }

    /** Only the sign-in form's own posts carry it. */
    private NewCookie formCookie(String value, UriInfo uri, boolean expire) {
        return cookie(FORM_COOKIE, "/login", NewCookie.SameSite.STRICT, value, uri, expire);
    }

    private NewCookie cookie(String name, String path, NewCookie.SameSite sameSite, String value, UriInfo uri,
                             boolean expire) {
        boolean secure = config.session().secureCookie().orElse("https".equalsIgnoreCase(uri.getRequestUri().getScheme()));
        return new NewCookie.Builder(name).value(value).path(path).httpOnly(true).secure(secure).sameSite(sameSite)
                .maxAge(expire ? 0 : NewCookie.DEFAULT_MAX_AGE).build();
    }

    /** Only a path on this site: never an absolute or scheme-relative URL (an open redirect). */
    static String safeNext(String next) {
        if (next == null || !next.startsWith("/") || next.startsWith("//") || next.startsWith("/\\")
                || next.startsWith("/login") || next.chars().anyMatch(c -> c < 0x20)) {
            return "/";
        }
        return next;
    }

    private static String minutes(long seconds) {
        return seconds < 90 ? seconds + " seconds" : ((seconds + 59) / 60) + " minutes";
    }
}
