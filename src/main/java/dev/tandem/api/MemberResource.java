// SPDX-License-Identifier: Apache-2.0
package dev.tandem.api;

import static dev.tandem.api.Requires.On.PROJECT;
import static dev.tandem.model.ProjectRole.EDITOR;
import static dev.tandem.model.ProjectRole.VIEWER;

import dev.tandem.model.Membership;
import dev.tandem.service.MembershipService;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestPath;

/** Who may work in a project: admins and the project's editors manage it. */
@Path("/api/projects/{id}/members")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Projects")
public class MemberResource {
    @Inject
    MembershipService members;

    public record RoleRequest(String role) {
    }

    public record MemberResponse(String username, String role) {
        static MemberResponse of(Membership membership) {
            return new MemberResponse(membership.account.username,
                    membership.role.name().toLowerCase(Locale.ROOT));
        }
    }

    @GET
    @Operation(summary = "List the members of a project and their roles")
    @Requires(on = PROJECT, role = VIEWER)
    public List<MemberResponse> list(@RestPath long id) {
        return members.list(id).stream().map(MemberResponse::of).toList();
    }

    @GET
    @Path("/{username}")
    @Operation(summary = "One member of the project and their role (where adding them points)")
    @APIResponse(responseCode = "200", description = "Found", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = MemberResponse.class)))
    @APIResponse(responseCode = "404", description = "No such project, or the user is not a member")
    @Requires(on = PROJECT, role = VIEWER)
    public MemberResponse get(@RestPath long id, @RestPath String username) {
        return MemberResponse.of(members.find(id, username));
    }

    @PUT
    @Path("/{username}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Make a user an editor or viewer of the project (admins and the project's editors)")
    @APIResponse(responseCode = "201", description = "Added",
            headers = @Header(name = HttpHeaders.LOCATION, description = "/api/projects/{id}/members/{username}"),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = MemberResponse.class)))
    @APIResponse(responseCode = "200", description = "Role changed",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = MemberResponse.class)))
    @APIResponse(responseCode = "400", description = "Unknown user or role")
    @APIResponse(responseCode = "403", description = "A viewer may not manage members")
    @Requires(on = PROJECT, role = EDITOR)
    public Response put(@RestPath long id, @RestPath String username, RoleRequest request) {
        boolean added = members.put(id, username, request == null ? null : request.role());
        var body = new MemberResponse(username.toLowerCase(Locale.ROOT),
                request.role().strip().toLowerCase(Locale.ROOT));
        return (added ? Response.created(URI.create("/api/projects/" + id + "/members/" + body.username()))
                : Response.ok()).entity(body).build();
    }

    @DELETE
    @Path("/{username}")
    @Operation(summary = "Remove a user from the project")
    @APIResponse(responseCode = "204", description = "Removed")
    @Requires(on = PROJECT, role = EDITOR)
    public void remove(@RestPath long id, @RestPath String username) {
        members.remove(id, username);
    }
}
