// SPDX-License-Identifier: Apache-2.0
package dev.tandem.security;

import static dev.tandem.security.SecurityFixtures.anonymous;
import static dev.tandem.security.SecurityFixtures.as;
import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tandem.api.AllowedMethods;
import dev.tandem.api.NoProjectRole;
import dev.tandem.api.Requires;
import dev.tandem.model.ProjectRole;
import dev.tandem.testing.BrowserSession;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.MediaType;
import java.io.IOException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every route of the API and the pages, found by reflection over the {@code @Path} classes, called for real as
 * nobody, an outsider (signed in, no member), a viewer and an editor of a project. What each may do is decided here
 * from the route's address and HTTP method, not read from its annotation, so that a wrong or missing declaration
 * fails: an address under a project, document or job needs a role in that project; reads (GET) need a viewer, the
 * rest (and the {@link #EDITOR_READS}) an editor. Other routes must say why they need no project role.
 */
@QuarkusTest
class RouteAccessTest {
    /**
     * Reads only an editor may open: the confirmation pages of deletions, removals and re-splitting reviewed work, and
     * the form that renames a document.
     */
    private static final Set<String> EDITOR_READS = Set.of("GET /projects/{id}/delete", "GET /documents/{id}/delete",
            "GET /projects/{id}/dictionaries/{dictionaryId}/remove", "GET /projects/{id}/segmentation/resegment",
            "GET /documents/{id}/rename");
    /** What the first segment of a route's address names, and so the project role it needs. */
    private static final Pattern GUARDED = Pattern.compile("^(?:/api)?/(projects|documents|jobs)/\\{id}(?:/.*)?$");
    private static final Pattern PARAMETER = Pattern.compile("\\{(\\w+)}");
    private static final Set<Integer> REFUSED = Set.of(401, 403, 404);
    /** Ids of nothing. */
    private static final Fixture NOTHING = new Fixture(Long.MAX_VALUE, Long.MAX_VALUE, Long.MAX_VALUE, Long.MAX_VALUE,
            Long.MAX_VALUE, "nobody-at-all");

    /** One resource method: its HTTP method and address template, and what it declares. */
    record Route(String method, String template, Method java, Requires requires, NoProjectRole none, String consumes,
                 boolean permitAll) {
        boolean api() {
            return template.startsWith("/api/");
        }

        /** PROJECT, DOCUMENT or JOB from the address; null for an address under none of them. */
        Requires.On on() {
            Matcher matcher = GUARDED.matcher(template);
            return !matcher.matches() ? null : switch (matcher.group(1)) {
                case "projects" -> Requires.On.PROJECT;
                case "documents" -> Requires.On.DOCUMENT;
                default -> Requires.On.JOB;
            };
        }

        ProjectRole role() {
            return method.equals("GET") && !EDITOR_READS.contains(this.toString()) ? ProjectRole.VIEWER
                    : ProjectRole.EDITOR;
        }

        @Override
        public String toString() {
            return method + " " + template;
        }
    }

    /** The ids a route's address is filled in with; each editor's write gets fresh ones, since it may delete them. */
    record Fixture(long project, long document, long pair, long job, long dictionary, String member) {
        String path(Route route) {
            Matcher matcher = PARAMETER.matcher(route.template());
            var path = new StringBuilder();
            while (matcher.find()) {
                String value = switch (matcher.group(1)) {
                    case "id" -> String.valueOf(switch (route.on() == null ? Requires.On.PROJECT : route.on()) {
                        case PROJECT -> project;
                        case DOCUMENT -> document;
                        case JOB -> job;
                    });
                    case "dictionaryId" -> String.valueOf(dictionary);
                    case "pairId" -> String.valueOf(pair);
                    case "position" -> "0";
                    case "username" -> member;
                    case "tokenId" -> "1";
                    case "termId" -> "1";
                    default -> throw new IllegalStateException("No value for {" + matcher.group(1) + "} in " + route);
                };
                matcher.appendReplacement(path, Matcher.quoteReplacement(value));
            }
            return matcher.appendTail(path).toString();
        }
    }

    @Test
    void everyRouteShouldDeclareTheProjectRoleItNeedsOrWhyItNeedsNone() throws IOException {
        List<Route> routes = routes();
        var wrong = new ArrayList<String>();
        for (Route route : routes) {
            if ((route.requires() == null) == (route.none() == null)) {
                wrong.add(route + " (" + route.java().getDeclaringClass().getSimpleName() + "." + route.java().getName()
                        + "): declare exactly one of @Requires and @NoProjectRole");
            } else if (route.on() == null && route.requires() != null) {
                wrong.add(route + ": @Requires on an address that names no project, document or job");
            } else if (route.on() != null && route.requires() == null) {
                wrong.add(route + ": names a " + route.on() + " but declares @NoProjectRole");
            } else if (route.requires() != null && (route.requires().on() != route.on()
                    || route.requires().role() != route.role() || !route.requires().param().equals("id"))) {
                wrong.add(route + ": declares " + route.requires() + ", should need " + route.role() + " on its "
                        + route.on());
            }
        }
        assertEquals(List.of(), wrong);
        assertTrue(routes.stream().filter(Route::api).count() > 30, "found the API's routes: " + routes);
        assertTrue(routes.stream().filter(r -> !r.api()).count() > 30, "found the pages: " + routes);
    }

    @Test
    void shouldGiveNobodyOutsidersViewersAndEditorsExactlyWhatTheirRoleAllows() throws IOException {
        List<Route> routes = routes();
        String outsider = SecurityFixtures.user("outsider");
        String viewer = SecurityFixtures.user("viewer");
        String editor = SecurityFixtures.user("editor");
        Map<String, BrowserSession> browsers = Map.of(outsider, BrowserSession.signIn(outsider, SecurityFixtures.PASSWORD),
                viewer, BrowserSession.signIn(viewer, SecurityFixtures.PASSWORD),
                editor, BrowserSession.signIn(editor, SecurityFixtures.PASSWORD));
        Fixture shared = fixture(viewer, editor, null);
        var wrong = new ArrayList<String>();
        int calls = 0;
        for (Route route : routes) {
            // Nobody is sent to sign in, whether the project exists or not: its absence tells them nothing.
            for (Fixture fixture : route.permitAll() ? List.<Fixture>of() : List.of(shared, NOTHING)) {
                Response answer = call(anonymous(), route, fixture);
                calls++;
                boolean toSignIn = route.api() ? answer.statusCode() == 401
                        : answer.statusCode() == 303 && answer.header("Location").contains("/login?next=");
                if (!toSignIn) {
                    wrong.add("nobody: " + fixture.path(route) + " answered " + answer.statusCode()
                            + ", not the sign-in");
                }
            }
            if (route.requires() == null && route.on() == null) {
                continue; // no project in its address: nothing more to tell the three users apart by
            }
            Response hidden = call(who(route, outsider, browsers), route, shared);
            calls++;
            expect(wrong, "outsider", route, hidden, 404);
            // ... exactly as to a project that does not exist.
            expect(wrong, "outsider", route, call(who(route, outsider, browsers), route, NOTHING), 404);
            calls++;
            Response read = call(who(route, viewer, browsers), route, shared);
            calls++;
            if (route.role() == ProjectRole.VIEWER) {
                expectAllowed(wrong, "viewer", route, read);
            } else {
                expect(wrong, "viewer", route, read, 403);
            }
            // Writes get a project of their own: an editor's delete goes through.
            Fixture own = route.method().equals("GET") ? shared : fixture(viewer, editor, route);
            expectAllowed(wrong, "editor", route, call(who(route, editor, browsers), route, own));
            calls++;
        }
        assertEquals(List.of(), wrong, "of " + calls + " calls on " + routes.size() + " routes");
    }

    /** {@code /api/align} takes its optional project in the body, and checks it there. */
    @Test
    void shouldCheckTheProjectNamedInTheAlignBody() {
        String outsider = SecurityFixtures.user("outsider");
        String viewer = SecurityFixtures.user("viewer");
        String editor = SecurityFixtures.user("editor");
        Fixture fixture = fixture(viewer, editor, null);
        Map<String, Object> body = Map.of("sourceLanguage", "de", "targetLanguage", "en", "source", "Ein Satz.",
                "target", "A sentence.", "project", fixture.project());
        as(outsider).contentType(ContentType.JSON).body(body).post("/api/align").then().statusCode(404)
                .contentType("application/problem+json");
        as(viewer).contentType(ContentType.JSON).body(body).post("/api/align").then().statusCode(200);
        as(editor).contentType(ContentType.JSON).body(body).post("/api/align").then().statusCode(200);
        anonymous().contentType(ContentType.JSON).body(body).post("/api/align").then().statusCode(401);
    }

    private static void expect(List<String> wrong, String who, Route route, Response answer, int status) {
        String type = answer.contentType() == null ? "" : answer.contentType();
        // The refusal as each side has always given it: a problem document on the API; on the pages, the HTML
        // error page for what they may not see, plain text for what they may not do.
        String wanted = route.api() ? "application/problem+json" : status == 404 ? "text/html" : "text/plain";
        if (answer.statusCode() != status || !type.startsWith(wanted)) {
            wrong.add(who + ": " + route + " answered " + answer.statusCode() + " " + type + ", not " + status + " "
                    + wanted);
        }
    }

    private static void expectAllowed(List<String> wrong, String who, Route route, Response answer) {
        int status = answer.statusCode();
        String location = answer.header("Location");
        if (REFUSED.contains(status) || status >= 500 || location != null && location.contains("/login")) {
            wrong.add(who + ": " + route + " answered " + status + (location == null ? "" : " to " + location)
                    + ", though allowed: " + answer.asString());
        }
    }

    /** The API by HTTP Basic; the pages as a signed-in browser, with its CSRF token as the pages send it. */
    private static RequestSpecification who(Route route, String user, Map<String, BrowserSession> browsers) {
        return route.api() ? as(user) : browsers.get(user).request();
    }

    /** The route called with a body of the type it takes; the body's content does not matter to the check. */
    private static Response call(RequestSpecification request, Route route, Fixture fixture) {
        request = request.redirects().follow(false);
        if (route.consumes() != null) {
            switch (route.consumes()) {
                case MediaType.APPLICATION_JSON -> request = request.contentType(ContentType.JSON).body("{}");
                case MediaType.MULTIPART_FORM_DATA -> request = request.multiPart("title", "t");
                case MediaType.APPLICATION_FORM_URLENCODED -> request = request.contentType(ContentType.URLENC)
                        .formParam("unused", "x");
                default -> {
                }
            }
        }
        return request.request(route.method(), fixture.path(route));
    }

    /**
     * A project (made by the admin) with a viewer and an editor, and a document with its pairs, an import job and a
     * dictionary as far as {@code route} needs them (all for null).
     */
    private static Fixture fixture(String viewer, String editor, Route route) {
        long project = SecurityFixtures.project("Route access");
        SecurityFixtures.member(project, viewer, "viewer");
        SecurityFixtures.member(project, editor, "editor");
        long document = -1;
        long pair = -1;
        if (route == null || route.on() == Requires.On.DOCUMENT) {
            document = SecurityFixtures.document(project);
            pair = given().get("/api/documents/" + document + "/pairs").jsonPath().getLong("items[0].id");
        }
        long job = -1;
        if (route == null || route.on() == Requires.On.JOB) {
            String location = given().contentType(ContentType.JSON).header("Prefer", "respond-async")
                    .body(Map.of("title", "Job", "sourceText", "Ein Satz.", "targetText", "A sentence."))
                    .post("/api/projects/" + project + "/documents").then().statusCode(202).extract()
                    .header("Location");
            job = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
        }
        long dictionary = -1;
        if (route == null || route.template().contains("{dictionaryId}")) {
            dictionary = given().multiPart("file", "glossary.tsv", "Haus\thouse\n".getBytes(StandardCharsets.UTF_8),
                            "text/plain").post("/api/projects/" + project + "/dictionaries").then().statusCode(201)
                    .extract().jsonPath().getLong("id");
        }
        return new Fixture(project, document, pair, job, dictionary, viewer);
    }

    /** Every resource method of every {@code @Path} class of Tandem, in address order. */
    static List<Route> routes() throws IOException {
        var routes = new ArrayList<Route>();
        java.nio.file.Path classes = java.nio.file.Path.of("target/classes");
        try (Stream<java.nio.file.Path> files = Files.walk(classes.resolve("dev/tandem"))) {
            for (java.nio.file.Path file : files.filter(f -> f.toString().endsWith(".class")
                    && !f.toString().endsWith("package-info.class")).toList()) {
                String name = classes.relativize(file).toString().replace('/', '.').replaceAll("\\.class$", "");
                Class<?> type;
                try {
                    type = Class.forName(name, false, RouteAccessTest.class.getClassLoader());
                } catch (ClassNotFoundException | LinkageError e) {
                    throw new IllegalStateException("Cannot load " + name, e);
                }
                if (type.isAnnotationPresent(Path.class)) {
                    routes.addAll(routes(type));
                }
            }
        }
        routes.sort(Comparator.comparing(Route::template).thenComparing(Route::method));
        return routes;
    }

    private static List<Route> routes(Class<?> type) {
        var routes = new ArrayList<Route>();
        for (Method method : type.getDeclaredMethods()) {
            String http = AllowedMethods.httpMethod(method);
            if (http == null || !Modifier.isPublic(method.getModifiers())) {
                continue;
            }
            String template = AllowedMethods.template(type.getAnnotation(Path.class).value(),
                    method.isAnnotationPresent(Path.class) ? method.getAnnotation(Path.class).value() : "");
            Consumes consumes = method.isAnnotationPresent(Consumes.class) ? method.getAnnotation(Consumes.class)
                    : type.getAnnotation(Consumes.class);
            NoProjectRole none = method.isAnnotationPresent(NoProjectRole.class)
                    ? method.getAnnotation(NoProjectRole.class) : type.getAnnotation(NoProjectRole.class);
            routes.add(new Route(http, template, method, method.getAnnotation(Requires.class), none,
                    consumes == null ? null : consumes.value()[0],
                    method.isAnnotationPresent(PermitAll.class) || type.isAnnotationPresent(PermitAll.class)));
        }
        return routes;
    }
}
