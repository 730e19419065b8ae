// SPDX-License-Identifier: Apache-2.0
package dev.tandem.api;

import dev.tandem.service.Interactive;
import dev.tandem.service.RequestAdmission;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.vertx.core.Context;
import io.vertx.ext.web.RoutingContext;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ResourceInfo;
import java.lang.reflect.Method;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Gives an {@link Interactive} request its turn ({@link RequestAdmission}) before Tandem's other filters work on it,
 * and takes the turn back when its response has been sent or its connection has gone. The turn covers the whole
 * request: the project-role check, the method and the rendering of its page or JSON, together twice the method's (a
 * turn taken around the method alone, as before, left the rest of it running for every waiting request at once).
 * Runs on the route's worker thread, where waiting blocks no event loop.
 */
public class AdmissionFilter {
    /** The OpenAPI description of the 503 an {@link Interactive} operation gives when it found no turn in time. */
    static final String BUSY = "The server is busy: the request waited tandem.requests.max-wait for its turn and was"
            + " not carried out. Try again after Retry-After seconds";
    static final String RETRY_AFTER = "Seconds to wait before trying again";

    @Inject
    RequestAdmission admission;

    @Inject
    CurrentVertxRequest request;

    @ServerRequestFilter(priority = Priorities.AUTHENTICATION)
    public void admit(ResourceInfo resource) {
        Method method = resource.getResourceMethod();
        if (method == null || !(method.isAnnotationPresent(Interactive.class)
                || resource.getResourceClass().isAnnotationPresent(Interactive.class))) {
            return;
        }
        if (Context.isOnEventLoopThread()) {
            // a route that returns Uni or is @NonBlocking: waiting here would stop every request on this event loop
            throw new IllegalStateException(resource.getResourceClass().getSimpleName() + "." + method.getName()
                    + " is @Interactive but runs on the event loop; interactive routes must be blocking");
        }
        Runnable giveBack = admission.take();
        RoutingContext routing = request.getCurrent();
        routing.addEndHandler(ended -> giveBack.run());
        if (routing.response().closed()) {
            // the client left while the request waited: its close came before the end handler, which will not run
            giveBack.run();
        }
    }
}
