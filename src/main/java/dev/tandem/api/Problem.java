// SPDX-License-Identifier: Apache-2.0
package dev.tandem.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * An RFC 9457 problem detail: what went wrong, in words a user can act on. {@code instance} names one occurrence of
 * a server error ({@code urn:uuid:…}); the server log's line for it carries the same id.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Problem(String type, String title, int status, String detail, String field, String instance) {
    public static final String MEDIA_TYPE = "application/problem+json";

    public static Response response(Response.Status status, String detail, String field) {
        return response(status.getStatusCode(), status.getReasonPhrase(), detail, field);
    }

    public static Response response(int status, String title, String detail, String field) {
        return Response.status(status)
                .type(MediaType.valueOf(MEDIA_TYPE))
                .entity(new Problem("about:blank", title, status, detail, field, null))
                .build();
    }

    /** A server error's answer, naming the occurrence {@link dev.tandem.service.ServerErrors#log} logged. */
    public static Response serverError(int status, String title, String detail, String instance) {
        return Response.status(status)
                .type(MediaType.valueOf(MEDIA_TYPE))
                .entity(new Problem("about:blank", title, status, detail, null, instance))
                .build();
    }
}
