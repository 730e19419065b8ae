// SPDX-License-Identifier: Apache-2.0
package dev.tandem.api;

import dev.tandem.model.Account;
import dev.tandem.security.Identities;
import dev.tandem.service.AccountService;
import dev.tandem.service.InvalidInputException;
import dev.tandem.service.TokenService;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.OffsetDateTime;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestPath;

/** Account management, for admins. */
@Path("/api/users")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Identities.ADMIN)
@Tag(name = "Users")
@NoProjectRole("admins only (@RolesAllowed): accounts, not projects")
public class UserResource {
    @Inject
    AccountService accounts;

    @Inject
    TokenService tokens;

    public record UserRequest(String username, String password, Boolean admin) {
    }

    public record AdminRequest(Boolean admin) {
    }

    public record PasswordRequest(String password) {
    }

    public record UserResponse(long id, String username, boolean admin, OffsetDateTime createdAt) {
        static UserResponse of(Account account) {
            return new UserResponse(account.id, account.username, account.admin, account.createdAt);
        }
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Create an account (admins only)")
    @APIResponse(responseCode = "201", description = "Created",
            headers = @Header(name = HttpHeaders.LOCATION, description = "/api/users/{username}, the new account"),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = UserResponse.class)))
    @APIResponse(responseCode = "400", description = "Bad username, taken username or weak password")
    public Response create(UserRequest request) {
        if (request == null) {
            throw new InvalidInputException(null, "The body is empty: send {\"username\", \"password\", \"admin\"}.");
        }
        Account account = accounts.create(request.username(), request.password(),
                Boolean.TRUE.equals(request.admin()));
        return Response.created(URI.create("/api/users/" + account.username)).entity(UserResponse.of(account)).build();
    }

    @GET
    @Operation(summary = "List accounts (admins only)")
    public List<UserResponse> list() {
        return accounts.list().stream().map(UserResponse::of).toList();
    }

    @GET
    @Path("/{username}")
    @Operation(summary = "One account (admins only; where creating it points)")
    @APIResponse(responseCode = "200", description = "Found", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = UserResponse.class)))
    @APIResponse(responseCode = "404", description = "No such account")
    public UserResponse get(@RestPath String username) {
        return UserResponse.of(accounts.find(username));
    }

    @PUT
    @Path("/{username}/password")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Set someone's password (admins only); their browser sessions end and their API tokens are"
            + " revoked")
    @APIResponse(responseCode = "204", description = "Changed")
    public void resetPassword(@RestPath String username, PasswordRequest request) {
        accounts.resetPassword(username, request == null ? null : request.password());
    }

    @GET
    @Path("/{username}/tokens")
    @Operation(summary = "List someone's API tokens, without their secrets (admins only)")
    @APIResponse(responseCode = "200", description = "The tokens")
    @APIResponse(responseCode = "404", description = "No such account")
    public List<TokenResource.TokenResponse> listTokens(@RestPath String username) {
        return tokens.listFor(username).stream().map(t -> TokenResource.TokenResponse.of(t, null)).toList();
    }

    @DELETE
    @Path("/{username}/tokens/{tokenId}")
    @Operation(summary = "Revoke one of someone's API tokens (admins only)")
    @APIResponse(responseCode = "204", description = "Revoked")
    @APIResponse(responseCode = "404", description = "No such account, or no such token of it")
    public void revokeToken(@RestPath String username, @RestPath long tokenId) {
        tokens.revokeFor(username, tokenId);
    }

    @PUT
    @Path("/{username}/admin")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Make an account an admin or an ordinary user (admins only); the last admin stays one")
    @APIResponse(responseCode = "200", description = "The account with its new role")
    public UserResponse setAdmin(@RestPath String username, AdminRequest request) {
        if (request == null || request.admin() == null) {
            throw new InvalidInputException("admin", "Send {\"admin\": true} or {\"admin\": false}.");
        }
        return UserResponse.of(accounts.setAdmin(username, request.admin()));
    }

    @DELETE
    @Path("/{username}")
    @Operation(summary = "Remove an account with its memberships and tokens (admins only); its edits keep the name")
    @APIResponse(responseCode = "204", description = "Removed")
    public void delete(@RestPath String username) {
        accounts.delete(username);
    }
}
