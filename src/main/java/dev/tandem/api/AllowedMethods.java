// SPDX-License-Identifier: Apache-2.0
package dev.tandem.api;

import io.quarkus.arc.Arc;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.spi.Bean;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Response;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The HTTP methods an address takes, for the {@code Allow} header of a 405 (RFC 9110 §15.5.6), which Quarkus REST
 * leaves out. Read once from the JAX-RS annotations of the resource classes (beans in Quarkus REST); where several
 * path templates match, the most literal wins, as in JAX-RS matching ({@code /api/projects/import} over
 * {@code /api/projects/{id}}).
 * <p>
 * Quarkus REST answers some wrong methods 404 instead: when the class whose path matches has no method for them, it
 * tries the next class ({@code DELETE /api/projects/7/terms} ends in {@code /api/projects}, with nothing for
 * {@code /7/terms}). The 404 mappers ask {@link #refuses} first.
 */
public final class AllowedMethods {
    private static final Pattern PARAM = Pattern.compile("\\{\\s*(\\w[\\w.-]*)\\s*(?::\\s*((?:[^{}]|\\{[^{}]*})*))?}");
    private static volatile List<Route> routes;

    private AllowedMethods() {
    }

    /** The methods {@code path} takes, with HEAD for GET and OPTIONS (Quarkus REST answers both); empty if none. */
    public static Set<String> of(String path) {
        var allowed = new TreeSet<String>();
        int best = -1;
        for (Route route : routes()) {
            if (route.pattern.matcher(path).matches()) {
                if (route.literals > best) {
                    allowed.clear();
                    best = route.literals;
                }
                if (route.literals == best) {
                    allowed.add(route.method);
                }
            }
        }
        if (allowed.contains("GET")) {
            allowed.add("HEAD");
        }
        if (!allowed.isEmpty()) {
            allowed.add("OPTIONS");
        }
        return allowed;
    }

    /** Whether {@code path} is an address of the application that does not take {@code method}. */
    public static boolean refuses(String method, String path) {
        Set<String> allowed = of(path);
        return !allowed.isEmpty() && !allowed.contains(method);
    }

    /** The 405 problem, naming the methods {@code path} takes in its Allow header and in words. */
    public static Response refusal(String method, String path) {
        Set<String> allowed = of(path);
        List<String> named = allowed.stream().filter(m -> !m.equals("HEAD") && !m.equals("OPTIONS")).toList();
        String detail = named.isEmpty() ? "This address does not take " + method + "."
                : (named.size() == 1 ? named.get(0) + " is" : String.join(", ", named.subList(0, named.size() - 1))
                + " and " + named.get(named.size() - 1) + " are") + " allowed here, not " + method + ".";
        return Response.fromResponse(Problem.response(405, "Method Not Allowed", detail
                + " See /q/swagger-ui for the API.", null)).allow(allowed).build();
    }

    private static List<Route> routes() {
        if (routes == null) {
            var found = new ArrayList<Route>();
            for (Bean<?> bean : Arc.container().beanManager().getBeans(Object.class, Any.Literal.INSTANCE)) {
                Path root = bean.getBeanClass().getAnnotation(Path.class);
                if (root != null) {
                    found.addAll(routesOf(root.value(), bean.getBeanClass()));
                }
            }
            routes = List.copyOf(found);
        }
        return routes;
    }

    static Collection<Route> routesOf(String root, Class<?> type) {
        var found = new ArrayList<Route>();
        for (Method method : type.getMethods()) {
            String verb = httpMethod(method);
            if (verb != null) {
                Path sub = method.getAnnotation(Path.class);
                Consumes consumes = method.getAnnotation(Consumes.class);
                if (consumes == null) {
                    consumes = type.getAnnotation(Consumes.class);
                }
                found.add(Route.of(verb, template(root, sub == null ? "" : sub.value()),
                        consumes == null ? List.of() : List.of(consumes.value())));
            }
        }
        return found;
    }

    /**
     * The media types {@code method} on {@code path} takes as its body, as its resource methods declare them; empty
     * when they declare none (Quarkus REST then takes what their parameters can be read from).
     */
    public static Set<String> consumes(String method, String path) {
        var types = new TreeSet<String>();
        int best = -1;
        for (Route route : routes()) {
            if (route.method.equals(method) && route.pattern.matcher(path).matches() && route.literals >= best) {
                if (route.literals > best) {
                    types.clear();
                    best = route.literals;
                }
                types.addAll(route.consumes);
            }
        }
        return types;
    }

    /** The path template of a resource method: its class's {@code @Path} and its own, as one clean path. */
    public static String template(String root, String sub) {
        String path = ("/" + root + "/" + sub).replaceAll("/+", "/");
        return path.length() > 1 && path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
    }

    /** The HTTP method a resource method answers (its @GET, @POST…), or null for a sub-resource locator. */
    public static String httpMethod(Method method) {
        for (Annotation annotation : method.getAnnotations()) {
            HttpMethod verb = annotation.annotationType().getAnnotation(HttpMethod.class);
            if (verb != null) {
                return verb.value();
            }
        }
        return null;
    }

    /** One resource method's HTTP method and path template, as a regular expression over the request path. */
    record Route(String method, Pattern pattern, int literals, List<String> consumes) {
        static Route of(String method, String path) {
            return of(method, path, List.of());
        }

        static Route of(String method, String path, List<String> consumes) {
            var regex = new StringBuilder();
            int literals = 0;
            int from = 0;
            Matcher param = PARAM.matcher(path);
            while (param.find()) {
                regex.append(Pattern.quote(path.substring(from, param.start())));
                literals += param.start() - from;
                regex.append('(').append(param.group(2) == null ? "[^/]+" : param.group(2).strip()).append(')');
                from = param.end();
            }
            regex.append(Pattern.quote(path.substring(from))).append("/?");
            literals += path.length() - from;
            return new Route(method, Pattern.compile(regex.toString()), literals, consumes);
        }
    }
}
