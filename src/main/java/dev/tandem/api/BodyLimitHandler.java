// SPDX-License-Identifier: Apache-2.0
package dev.tandem.api;

import io.quarkus.runtime.configuration.MemorySize;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Quarkus refuses a body over {@code quarkus.http.limits.max-body-size} with a bare 413 before any resource runs.
 * This handler runs first and refuses such requests (by their Content-Length) with the same problem document
 * every other error gets, so clients learn the limit and what to do.
 */
public class BodyLimitHandler {
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
        var problem = new JsonObject()
                .put("type", "about:blank")
                .put("title", "Request Entity Too Large")
                .put("status", 413)
                .put("detail", "The request has " + length + " bytes; the limit is " + maxBodySize.asLongValue()
                        + " (quarkus.http.limits.max-body-size). Split the document or raise the limit.");
        context.response().setStatusCode(413)
                .putHeader("Content-Type", Problem.MEDIA_TYPE)
                .putHeader("Connection", "close")
                .end(problem.encode());
    }

    private boolean isOver(String length) {
        try {
            return Long.parseLong(length.strip()) > maxBodySize.asLongValue();
        } catch (NumberFormatException e) {
            return false;
        }
    }
}
