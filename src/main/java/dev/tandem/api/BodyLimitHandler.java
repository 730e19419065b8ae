// SPDX-License-Identifier: Apache-2.0
package dev.tandem.api;

import io.quarkus.runtime.configuration.MemorySize;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Quarkus refuses a body over {@code quarkus.http.limits.max-body-size} with a bare 413 and a closed connection.
 * This handler runs first and refuses such requests (by their Content-Length, before reading any of the body, or by
 * counting a chunked JSON body) with the same problem document every other error gets, so clients learn the limit
 * and what to do. Nothing of the body is stored: it is read and discarded (up to {@link #MAX_DISCARDED} bytes) so
 * that clients that read the answer only after sending everything, as most do, see the 413 rather than a reset
 * connection.
 */
public class BodyLimitHandler {
    /** Past this much discarded body the connection is closed instead. */
    static final long MAX_DISCARDED = 256L << 20;

    @ConfigProperty(name = "quarkus.http.limits.max-body-size")
    MemorySize maxBodySize;

    void install(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE).handler(this::checkLength);
        // A chunked JSON body (no Content-Length) is read here, counting, so that one over the limit fails (413) into
        // tooLarge; Quarkus REST would refuse it with a bare 413 and no body. Multipart stays with Quarkus.
        BodyHandler chunked = BodyHandler.create(false).setBodyLimit(maxBodySize.asLongValue());
        router.route("/api/*").order(Integer.MIN_VALUE + 1).handler(context -> {
            if (isChunkedJson(context)) {
                chunked.handle(context);
            } else {
                context.next();
            }
        });
        router.route().order(Integer.MIN_VALUE).failureHandler(this::tooLarge);
    }

    private static boolean isChunkedJson(RoutingContext context) {
        String type = context.request().getHeader("Content-Type");
        return context.request().getHeader("Content-Length") == null
                && "chunked".equalsIgnoreCase(context.request().getHeader("Transfer-Encoding"))
                && type != null && type.toLowerCase(java.util.Locale.ROOT).contains("json");
    }

    private void checkLength(RoutingContext context) {
        String length = context.request().getHeader("Content-Length");
        if (length == null || !isOver(length)) {
            context.next();
            return;
        }
        refuse(context, "The request has " + length + " bytes; the limit is " + maxBodySize.asLongValue()
                + " (quarkus.http.limits.max-body-size). Split the document or raise the limit.");
    }

    private void tooLarge(RoutingContext context) {
        if (context.statusCode() != 413 || context.response().headWritten()) {
            context.next();
            return;
        }
        refuse(context, "The request is over the limit of " + maxBodySize.asLongValue()
                + " bytes (quarkus.http.limits.max-body-size). Split the document or raise the limit.");
    }

    private void refuse(RoutingContext context, String detail) {
        var problem = new JsonObject()
                .put("type", "about:blank")
                .put("title", "Request Entity Too Large")
                .put("status", 413)
                .put("detail", detail);
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
