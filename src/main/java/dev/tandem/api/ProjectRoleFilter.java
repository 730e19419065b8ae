// SPDX-License-Identifier: Apache-2.0
package dev.tandem.api;

import dev.tandem.security.AccountPrincipal;
import dev.tandem.security.CurrentUser;
import dev.tandem.service.AccessDeniedException;
import dev.tandem.service.ProjectAccess;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HEAD;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.UriInfo;
import java.lang.reflect.Method;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * The one place where routes of the API and the pages are checked against the caller's project role: it reads the
 * matched method's {@link Requires}, takes the id from the path parameter it names, asks {@link ProjectAccess}
 * (404 for a project the caller may not see, 403 for a viewer who would change it) and leaves what it found in
 * {@link Granted}. A route of Tandem with neither {@code Requires} nor {@link NoProjectRole} is refused with 500: a
 * forgotten declaration fails loudly instead of leaking a project.
 *
 * <p>A request filter rather than a CDI interceptor on the resource or service methods: it sees every matched route,
 * so it can refuse an undeclared one; it takes the id from the path by name rather than by argument position; it
 * runs before the body is converted into the method's arguments, so nothing sent to a project the caller cannot see
 * is decoded or checked (an outsider learns nothing from a 400); and services, which background jobs call without a
 * user, stay free of request concerns. It runs after the
 * {@link CsrfFilter} (a forged form is refused as such first) and on the route's worker thread, since it reads the
 * database; what it throws goes through the same exception mappers as the route's own errors.
 */
public class ProjectRoleFilter {
    @Inject
    ProjectAccess access;

    @Inject
    Granted granted;

    @Inject
    CurrentUser user;

    @ServerRequestFilter(priority = Priorities.USER + 100)
    public void check(ResourceInfo resource, UriInfo uri) {
        Method method = resource.getResourceMethod();
        if (method == null) {
            return; // answered by Quarkus itself (an automatic OPTIONS): no route of Tandem runs
        }
        AccountPrincipal principal = user.principal();
        if (principal != null && principal.readOnly() && changes(method)) {
            throw new AccessDeniedException("This API token is read-only: it may read and export, not change anything."
                    + " Make a token without \"read only\" at /account for this call.");
        }
        Requires requires = method.getAnnotation(Requires.class);
        if (requires == null) {
            if (!declaresNoRole(resource.getResourceClass(), method)) {
                throw new IllegalStateException(resource.getResourceClass().getSimpleName() + "." + method.getName()
                        + " declares neither @Requires nor @NoProjectRole");
            }
            return;
        }
        String value = uri.getPathParameters().getFirst(requires.param());
        if (value == null) {
            throw new IllegalStateException(resource.getResourceClass().getSimpleName() + "." + method.getName()
                    + " has no path parameter " + requires.param());
        }
        long id = id(value);
        switch (requires.on()) {
            case PROJECT -> granted.project(access.project(id, requires.role()));
            case DOCUMENT -> granted.document(access.document(id, requires.role()));
            case JOB -> granted.job(access.job(id, requires.role()));
        }
    }

    /** Whether the route may change something: every method but GET and HEAD, unless marked {@link ChangesNothing}. */
    private static boolean changes(Method method) {
        return !method.isAnnotationPresent(GET.class) && !method.isAnnotationPresent(HEAD.class)
                && !method.isAnnotationPresent(ChangesNothing.class);
    }

    /** Routes of Quarkus's own extensions are theirs to guard. */
    private static boolean declaresNoRole(Class<?> type, Method method) {
        return method.isAnnotationPresent(NoProjectRole.class) || type.isAnnotationPresent(NoProjectRole.class)
                || !type.getName().startsWith("dev.tandem.");
    }

    /** An id that is not a number addresses nothing, as when the method's own parameter fails to convert. */
    private static long id(String value) {
        try {
            return Long.parseLong(value);
        } catch (NumberFormatException e) {
            throw new NotFoundException();
        }
    }
}
