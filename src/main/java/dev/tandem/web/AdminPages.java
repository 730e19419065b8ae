// SPDX-License-Identifier: Apache-2.0
package dev.tandem.web;

import dev.tandem.api.NoProjectRole;
import dev.tandem.model.Account;
import dev.tandem.model.AuditEvent;
import dev.tandem.security.AuditLog;
import dev.tandem.security.Identities;
import dev.tandem.service.AccountService;
import dev.tandem.service.InvalidInputException;
import dev.tandem.service.NotFoundException;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestResponse;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** Account management and the audit log, for admins. */
@Path("/admin")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed(Identities.ADMIN)
@NoProjectRole("admins only (@RolesAllowed): accounts and the audit log, not projects")
public class AdminPages {
    static final int AUDIT_PAGE = 100;

    @Inject
    AccountService accounts;

    @Inject
    AuditLog audit;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance users(List<Account> accounts, String username, String notice,
                                             Map<String, String> errors);

        static native TemplateInstance audit(List<AuditEvent> events, long total, String username, String action,
                                             String newer, String older, String notice);
    }

    /** The users page; after an action, {@code done} and {@code user} say what was done (see {@link #notice}). */
    @GET
    @Path("users")
    public TemplateInstance users(@QueryParam("done") String done, @QueryParam("user") String user) {
        return Templates.users(accounts.list(), "", notice(done, user), Map.of());
    }

    /**
     * What an action did, in words, from the code its redirect carries: every action answers with a redirect to the
     * page (so a reload repeats nothing), and the page says what happened.
     */
    static String notice(String done, String user) {
        if (done == null || user == null || user.isBlank()) {
            return null;
        }
        return switch (done) {
            case "created" -> "Created " + user + ". Give them the password by a safe channel; they can change it"
                    + " under their name.";
            case "reset" -> "New password set for " + user + "; their browser sessions have ended and their API tokens"
                    + " are revoked.";
            case "admin" -> user + " is now an admin.";
            case "not-admin" -> user + " is no longer an admin.";
            case "removed" -> "Removed " + user + ".";
            default -> null;
        };
    }

    @POST
    @Path("users")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public RestResponse<TemplateInstance> create(@RestForm String username, @RestForm String password,
                                                 @RestForm String admin) {
        try {
            Account account = accounts.create(username, password, "on".equals(admin) || "true".equals(admin));
            return done("created", account.username);
        } catch (InvalidInputException e) {
            return RestResponse.status(RestResponse.Status.BAD_REQUEST, Templates.users(accounts.list(),
                    username, null, Map.of(String.valueOf(e.field()), e.getMessage())));
        }
    }

    @POST
    @Path("users/{username}/password")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public RestResponse<TemplateInstance> resetPassword(@RestPath String username, @RestForm String password) {
        return usersAfter("reset", username + ": ", () -> {
            accounts.resetPassword(username, password);
            return "reset";
        }, username);
    }

    @POST
    @Path("users/{username}/admin")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public RestResponse<TemplateInstance> setAdmin(@RestPath String username, @RestForm String admin) {
        return usersAfter("role", "", () -> {
            if (!"true".equals(admin) && !"false".equals(admin)) {
                // a malformed form must not read as "false" and take the role away
                throw new InvalidInputException("admin", "admin must be true or false.");
            }
            boolean granted = Boolean.parseBoolean(admin);
            accounts.setAdmin(username, granted);
            return granted ? "admin" : "not-admin";
        }, username);
    }

    @POST
    @Path("users/{username}/delete")
    public RestResponse<TemplateInstance> delete(@RestPath String username) {
        return usersAfter("delete", "", () -> {
            accounts.delete(username);
            return "removed";
        }, username);
    }

    /**
     * An account action from the users page: a redirect to the page saying what was done (the {@code done} code
     * the action returns, about {@code username}), or the page with its refusal under {@code errorKey}.
     */
    private RestResponse<TemplateInstance> usersAfter(String errorKey, String errorPrefix,
                                                     java.util.function.Supplier<String> action, String username) {
        try {
            return done(action.get(), username);
        } catch (InvalidInputException e) {
            return RestResponse.status(RestResponse.Status.BAD_REQUEST, Templates.users(accounts.list(), "",
                    null, Map.of(errorKey, errorPrefix + e.getMessage())));
        }
    }

    private static RestResponse<TemplateInstance> done(String code, String username) {
        return RestResponse.seeOther(URI.create("/admin/users?done=" + code + "&user="
                + URLEncoder.encode(username, StandardCharsets.UTF_8)));
    }

    @GET
    @Path("audit")
    public TemplateInstance audit(@QueryParam("offset") String offsetParam,
                                  @QueryParam("username") String username, @QueryParam("action") String action) {
        // an offset edited out of shape in the address bar: the newest events, and a notice saying so
        Integer offset = AddressNumber.read(offsetParam, 0);
        String notice = offset == null ? "“" + offsetParam + "” is not a number of events to skip (give one such as"
                + " 50): these are the newest events." : "";
        int from = offset == null ? 0 : Math.max(0, offset);
        long total = audit.count(username, action);
        String user = username == null ? "" : username;
        String what = action == null ? "" : action;
        String newer = from > 0 ? auditLink(Math.max(0, from - AUDIT_PAGE), user, what) : null;
        String older = from + AUDIT_PAGE < total ? auditLink(from + AUDIT_PAGE, user, what) : null;
        return Templates.audit(audit.list(username, action, from, AUDIT_PAGE), total, user, what, newer, older,
                notice);
    }

    private static String auditLink(int offset, String username, String action) {
        return "/admin/audit?offset=" + offset + "&username=" + URLEncoder.encode(username, StandardCharsets.UTF_8)
                + "&action=" + URLEncoder.encode(action, StandardCharsets.UTF_8);
    }

    @ServerExceptionMapper
    public RestResponse<TemplateInstance> notFound(NotFoundException e) {
        return ErrorPages.notFound(e);
    }

}
