// SPDX-License-Identifier: Apache-2.0
package dev.tandem.web;

import dev.tandem.api.NoProjectRole;
import dev.tandem.model.ApiToken;
import dev.tandem.security.AccountAuthenticationMechanism;
import dev.tandem.security.SignIn;
import dev.tandem.service.AccountService;
import dev.tandem.service.InvalidInputException;
import dev.tandem.service.TooManyAttemptsException;
import dev.tandem.service.NotFoundException;
import dev.tandem.service.TokenService;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.net.URI;
import java.util.List;
import java.util.Map;
import org.jboss.resteasy.reactive.RestCookie;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestResponse;

/** One's own account: the password and the personal API tokens. */
@Path("/account")
@Produces(MediaType.TEXT_HTML)
@NoProjectRole("the caller's own account only")
public class AccountPages {
    @Inject
    AccountService accounts;

    @Inject
    TokenService tokens;

    @CheckedTemplate
    static class Templates {
        /** {@code newToken} is shown once, right after it was created; {@code notice} confirms what was done. */
        static native TemplateInstance show(List<ApiToken> tokens, String newToken, String notice,
                                            Map<String, String> errors, String tokenFormKey, String tokenName);
    }

    /** The account page; {@code done=password} after a password change (answered with a redirect here). */
    @GET
    public TemplateInstance show(@QueryParam("done") String done) {
        return page(null, "password".equals(done) ? "Password changed. Your other browser sessions have ended and your"
                + " API tokens are revoked." : null, Map.of());
    }

    @POST
    @Path("password")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public RestResponse<TemplateInstance> changePassword(@RestForm String currentPassword,
            @RestForm String newPassword, @RestForm String confirmPassword,
            @RestCookie(AccountAuthenticationMechanism.COOKIE) String cookie) {
        try {
            if (newPassword == null || !newPassword.equals(confirmPassword)) {
                throw new InvalidInputException("confirmPassword", "The two new passwords differ: type it twice.");
            }
            accounts.changeOwnPassword(currentPassword, newPassword, cookie == null ? null : SignIn.sessionId(cookie));
            return RestResponse.seeOther(URI.create("/account?done=password"));
        } catch (InvalidInputException e) {
            return RestResponse.status(RestResponse.Status.BAD_REQUEST,
                    page(null, null, Map.of(String.valueOf(e.field()), e.getMessage())));
        } catch (TooManyAttemptsException e) {
            return RestResponse.ResponseBuilder.<TemplateInstance>create(429)
                    .entity(page(null, null, Map.of(e.field(), e.getMessage())))
                    .header("Retry-After", e.retryAfterSeconds()).build();
        }
    }

    @POST
    @Path("tokens")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public RestResponse<TemplateInstance> createToken(@RestForm String name, @RestForm String formKey,
                                                      @RestForm String readOnly, @RestForm String expiresInDays) {
        try {
            var grant = new TokenService.Grant("true".equals(readOnly), days(expiresInDays));
            var created = tokens.create(name, grant, FormKeys.sent(formKey));
            if (created.secret() == null) {
                return RestResponse.ok(page(null, "This form was sent before: the token “" + created.token().name
                        + "” exists already, and its secret was shown only then. If you did not copy it, revoke it and"
                        + " create another.", Map.of()));
            }
            return RestResponse.ok(page(created.secret(), null, Map.of()));
        } catch (InvalidInputException e) {
            return RestResponse.status(RestResponse.Status.BAD_REQUEST,
                    page(null, null, Map.of("expiresInDays".equals(e.field()) ? "expiresInDays" : "tokenName",
                            FormWords.of(e.getMessage())), name));
        }
    }

    @POST
    @Path("tokens/{tokenId}/revoke")
    public RestResponse<Object> revokeToken(@RestPath long tokenId) {
        tokens.revoke(tokenId);
        return RestResponse.seeOther(URI.create("/account"));
    }

    /** The form's lifetime choice: blank for none, else a number of days (the service checks its range). */
    private static Integer days(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(value.strip());
        } catch (NumberFormatException e) {
            throw new InvalidInputException("expiresInDays", "The token's lifetime is not a number of days: choose one"
                    + " from the list.");
        }
    }

    private TemplateInstance page(String newToken, String notice, Map<String, String> errors) {
        return page(newToken, notice, errors, null);
    }

    /** @param tokenName what the token form held when it was refused, shown again to be corrected */
    private TemplateInstance page(String newToken, String notice, Map<String, String> errors, String tokenName) {
        return Templates.show(tokens.listOwn(), newToken, notice, errors, FormKeys.fresh(), tokenName);
    }

    @org.jboss.resteasy.reactive.server.ServerExceptionMapper
    public RestResponse<TemplateInstance> notFound(NotFoundException e) {
        return ErrorPages.notFound(e);
    }
}
