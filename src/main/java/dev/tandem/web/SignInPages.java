// SPDX-License-Identifier: Apache-2.0
package dev.tandem.web;

import dev.tandem.security.AccountAuthenticationMechanism;
import dev.tandem.security.CurrentUser;
import dev.tandem.security.PasswordCheck;
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
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.resteasy.reactive.RestCookie;
import org.jboss.resteasy.reactive.RestForm;

/** Signing in and out of the web pages: a form, then a session cookie. */
@Path("/")
@Produces(MediaType.TEXT_HTML)
public class SignInPages {
    @Inject
    SignIn signIn;

    @Inject
    CurrentUser user;

    /** Unset: the cookie is Secure when the request came over HTTPS (behind a proxy, enable proxy forwarding). */
    @ConfigProperty(name = "tandem.session.secure-cookie")
    Optional<Boolean> secureCookie;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance login(String username, String next, String error);
    }

    @GET
    @Path("login")
    @PermitAll
    public TemplateInstance form(@QueryParam("next") String next) {
        return Templates.login("", safeNext(next), null);
    }

    @POST
    @Path("login")
    @PermitAll
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response signIn(@RestForm String username, @RestForm String password, @RestForm String next,
                           UriInfo uri) {
        String target = safeNext(next);
        PasswordCheck check = signIn.checkPassword(username, password, user.address());
        if (check instanceof PasswordCheck.Accepted ok) {
            String cookie = signIn.startSession(ok.principal(), user.address());
            return Response.seeOther(URI.create(target)).cookie(sessionCookie(cookie, uri, false)).build();
        }
        if (check instanceof PasswordCheck.Throttled throttled) {
            long seconds = Math.max(1, throttled.retryAfter().toSeconds());
            return Response.status(429).header("Retry-After", seconds)
                    .entity(Templates.login(username, target, "Too many failed sign-ins for this account: wait "
                            + minutes(seconds) + " and try again.")).build();
        }
        return Response.status(401).entity(Templates.login(username, target, "Wrong username or password."))
                .build();
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
        boolean secure = secureCookie.orElse("https".equalsIgnoreCase(uri.getRequestUri().getScheme()));
        return new NewCookie.Builder(AccountAuthenticationMechanism.COOKIE).value(value).path("/")
                .httpOnly(true).secure(secure).sameSite(NewCookie.SameSite.LAX)
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
