// SPDX-License-Identifier: Apache-2.0
package dev.tandem.api;

import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Response;
import java.util.Set;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Answers {@code OPTIONS} with the methods of the address asked about ({@link AllowedMethods}), the same list a 405
 * gives. Quarkus REST's own answer lists every method of the resource class, whatever its path, and HEAD even where
 * there is no GET.
 */
public class OptionsAnswer {

    @ServerRequestFilter(preMatching = true)
    public Response answer(ContainerRequestContext request) {
        if (!HttpMethod.OPTIONS.equals(request.getMethod())) {
            return null;
        }
        Set<String> allowed = AllowedMethods.of(request.getUriInfo().getPath());
        return allowed.isEmpty() ? null : Response.ok().allow(allowed).build();
    }
}
