// SPDX-License-Identifier: Apache-2.0
package dev.tandem.api;

import io.quarkus.runtime.configuration.MemorySize;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Quarkus refuses a body over {@code quarkus.http.limits.max-body-size} with a bare 413 and a closed connection.
 * This handler runs first and refuses such requests, by their Content-Length and before reading any of the body,
 * with the same problem document every other error gets, so clients learn the limit and what to do. Nothing of
 * the body is stored: it is read and discarded (up to {@link #MAX_DISCARDED} bytes) so that clients that read the
 * answer only after sending everything, as most do, see the 413 rather than a reset connection. A chunked body
 * (no Content-Length) over the limit is still cut off by Quarkus itself, with a closed connection.
 */
public class BodyLimitHandler {
    /** Past this much discarded body the connection is closed instead. */
    static final long MAX_DISCARDED = 256L << 20;

    @ConfigProperty(name = "quarkus.http.limits.max-body-size")
    MemorySize maxBodySize;

    void install(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE).handler(this::checkLength);
    }

    private void checkLength(RoutingContext context) {
        String length = context.request().getHeader("Content-Length");
        if (length == null || !isOver(length)) {
            context.next();
            return;
        }
        refuse(context, "The request has " + length + " bytes");
    }

    private void refuse(RoutingContext context, String what) {
        var problem = new JsonObject()
                .put("type", "about:blank")
                .put("title", "Request Entity Too Large")
                .put("status", 413)
                .put("detail", what + "; the limit is " + maxBodySize.asLongValue()
                        + " (quarkus.http.limits.max-body-size). Split the document or raise the limit.");
        discardBody(context);
        context.response().setStatusCode(413)
                .putHeader("Content-Type", Problem.MEDIA_TYPE)
                .end(problem.encode());
    }

    private static void discardBody(RoutingContext context) {
        HttpServerRequest request = context.request();
        if (request.isEnded() || "100-continue".equalsIgnoreCase(request.getHeader("Expect"))) {
            return; // nothing more is coming: a client that waits for 100 Continue sends no body after a 413
        }
        long[] discarded = {0};
        request.handler(buffer -> {
            discarded[0] += buffer.length();
            if (discarded[0] > MAX_DISCARDED) {
                request.connection().close();
            }
        });
        request.resume();
    }

    private boolean isOver(String length) {
        try {
            return Long.parseLong(length.strip()) > maxBodySize.asLongValue();
        } catch (NumberFormatException e) {
            return false;
        }
    }
}
