// SPDX-License-Identifier: Apache-2.0
package dev.tandem.api;

import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Response;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import org.jboss.resteasy.reactive.RestQuery;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Refuses an API call with a query parameter its operation does not take: {@code export?state=confirmed} for
 * {@code status} exported every pair, unreviewed ones included, without a word (found by an API client's use). The
 * names are those the resource method declares ({@link QueryParam}, {@link RestQuery}).
 */
public class KnownQueryParameters {
    private final Map<Method, Set<String>> taken = new ConcurrentHashMap<>();

    @ServerRequestFilter
    public Optional<Response> refuseUnknown(ContainerRequestContext request, ResourceInfo resource) {
        Method method = resource.getResourceMethod();
        if (method == null || !request.getUriInfo().getPath().startsWith("/api/")) {
            return Optional.empty();
        }
        Set<String> names = taken.computeIfAbsent(method, KnownQueryParameters::queryNames);
        for (String given : request.getUriInfo().getQueryParameters().keySet()) {
            if (!names.contains(given)) {
                return Optional.of(Problem.response(Response.Status.BAD_REQUEST, "This call has no query parameter "
                        + given + (names.isEmpty() ? "; it takes none" : "; it takes " + String.join(", ", names))
                        + ". Check the spelling: a parameter the server does not know is refused rather than left"
                        + " unread.", given));
            }
        }
        return Optional.empty();
    }

    private static Set<String> queryNames(Method method) {
        Set<String> names = new TreeSet<>();
        for (Parameter parameter : method.getParameters()) {
            QueryParam query = parameter.getAnnotation(QueryParam.class);
            RestQuery rest = parameter.getAnnotation(RestQuery.class);
            if (query != null) {
                names.add(query.value());
            } else if (rest != null) {
                names.add(rest.value().isEmpty() ? parameter.getName() : rest.value());
            }
        }
        return names;
    }
}
