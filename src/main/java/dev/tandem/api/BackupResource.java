// SPDX-License-Identifier: Apache-2.0
package dev.tandem.api;

import dev.tandem.security.Identities;
import dev.tandem.service.DatabaseBackup;
import io.vertx.core.http.HttpServerRequest;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** An online backup of the whole database, for admins of an installation on the embedded H2. */
@Path("/api/admin/backup")
@RolesAllowed(Identities.ADMIN)
@Tag(name = "Users")
@NoProjectRole("admins only (@RolesAllowed): the whole database")
public class BackupResource {
    static final String ZIP = "application/zip";

    @Inject
    DatabaseBackup backup;

    @GET
    @Produces(ZIP)
    @Operation(summary = "Back up the whole database while Tandem runs (H2; admins only): a zip to unzip into the"
            + " data directory, with Tandem stopped, to restore")
    @APIResponse(responseCode = "200", description = "The backup: a zip holding the database file",
            content = @Content(mediaType = ZIP, schema = @Schema(type = SchemaType.STRING, format = "binary")))
    @APIResponse(responseCode = "409", description = "The database is PostgreSQL: use pg_dump")
    public Response backup(@Context HttpServerRequest request) {
        java.nio.file.Path file = backup.write();
        return TemporaryDownload.of(file, ZIP, file.getFileName().toString(), request);
    }
}
