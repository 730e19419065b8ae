// SPDX-License-Identifier: Apache-2.0
package dev.tandem.api;

import dev.tandem.security.CurrentUser;
import dev.tandem.service.AccountService;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The caller's own account. */
@Path("/api/account")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Users")
@NoProjectRole("the caller's own account only")
public class AccountResource {
    @Inject
    CurrentUser user;

    @Inject
    AccountService accounts;

    public record Me(long id, String username, boolean admin) {
    }

    public record PasswordChange(String currentPassword, String newPassword) {
    }

    @GET
    @Operation(summary = "Who the request is signed in as")
    public Me me() {
        return new Me(user.id(), user.username(), user.isAdmin());
    }

    @PUT
    @Path("/password")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Change one's own password; browser sessions of the account end")
    @APIResponse(responseCode = "204", description = "Changed")
    @APIResponse(responseCode = "400", description = "Wrong current password or weak new one")
    public void changePassword(PasswordChange request) {
        accounts.changeOwnPassword(request == null ? null : request.currentPassword(),
                request == null ? null : request.newPassword(), null);
    }
}
