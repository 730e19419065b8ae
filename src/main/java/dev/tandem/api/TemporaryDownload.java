// SPDX-License-Identifier: Apache-2.0
package dev.tandem.api;

import io.vertx.core.http.HttpServerRequest;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A file written for one download (a backup, a project archive), sent as an attachment and deleted once sent. It is
 * complete before the first byte goes out, so its length is announced: a client that gets fewer bytes knows the file
 * is cut short, and a failure while it is sent breaks the connection off as a failed export does.
 */
final class TemporaryDownload {
    private TemporaryDownload() {
    }

    static Response of(Path file, String mediaType, String fileName, HttpServerRequest request) {
        long length;
        try {
            length = Files.size(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        StreamingOutput body = out -> {
            try (InputStream in = Files.newInputStream(file)) {
                in.transferTo(out);
            } catch (IOException | RuntimeException e) {
                if (request.response().headWritten()) {
                    Exports.breakOff(request);
                }
                throw e;
            } finally {
                Files.deleteIfExists(file);
            }
        };
        return Response.ok(body, mediaType).header(HttpHeaders.CONTENT_LENGTH, length)
                .header("Content-Disposition", "attachment; filename=\"" + fileName + "\"").build();
    }
}
