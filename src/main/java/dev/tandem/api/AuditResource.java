// SPDX-License-Identifier: Apache-2.0
package dev.tandem.api;

import dev.tandem.model.AuditEvent;
import dev.tandem.security.AuditLog;
import dev.tandem.security.Identities;
import dev.tandem.service.InvalidInputException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.OffsetDateTime;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The audit log, newest first, for admins. */
@Path("/api/audit")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Identities.ADMIN)
@Tag(name = "Users")
@NoProjectRole("admins only (@RolesAllowed), across all projects")
public class AuditResource {
    static final int MAX_LIMIT = 1000;

    @Inject
    AuditLog audit;

    public record Event(long id, OffsetDateTime at, String username, String action, String target, String detail,
                        String address) {
        static Event of(AuditEvent e) {
            return new Event(e.id, e.at, e.username, e.action, e.target, e.detail, e.address);
        }
    }

    public record Page(long total, List<Event> items) {
    }

    @GET
    @Operation(summary = "Who did what, when: sign-ins, failed sign-ins, account, membership and token changes, "
            + "imports, exports and deletions (admins only)")
    public Page list(@QueryParam("username") String username, @QueryParam("action") String action,
                     @Parameter(description = "0 or more; default 0", schema = @Schema(type = SchemaType.INTEGER))
                     @QueryParam("offset") String offsetParam,
                     @Parameter(description = "1 to " + MAX_LIMIT + "; default 100",
                             schema = @Schema(type = SchemaType.INTEGER))
                     @QueryParam("limit") String limitParam) {
        // read as text, so that offset=abc is a 400 naming it rather than a 404
        int offset = PageParams.parse("offset", offsetParam, 0);
        int limit = PageParams.parse("limit", limitParam, 100);
        if (offset < 0) {
            throw new InvalidInputException("offset", "offset must be 0 or more.");
        }
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new InvalidInputException("limit", "limit must be between 1 and " + MAX_LIMIT + ".");
        }
        return new Page(audit.count(username, action),
                audit.list(username, action, offset, limit).stream().map(Event::of).toList());
    }
}
