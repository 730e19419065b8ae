// SPDX-License-Identifier: Apache-2.0
package dev.tandem.api;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/** A file written for one download (a backup, a project archive), sent as an attachment and deleted once sent. */
final class TemporaryDownload {
    private TemporaryDownload() {
    }

    static Response of(Path file, String mediaType, String fileName) {
        StreamingOutput body = out -> {
            try (InputStream in = Files.newInputStream(file)) {
                in.transferTo(out);
            } finally {
                Files.deleteIfExists(file);
            }
        };
        return Response.ok(body, mediaType)
                .header("Content-Disposition", "attachment; filename=\"" + fileName + "\"").build();
    }
}
