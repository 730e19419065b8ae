// SPDX-License-Identifier: Apache-2.0
package dev.tandem.api;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tandem.service.Interactive;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.ws.rs.Path;
import java.io.IOException;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Paths;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.BiPredicate;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The OpenAPI document describes every JAX-RS operation under /api: a summary, the success answer with its schema,
 * and the errors it can give, each as application/problem+json with a problem schema.
 */
@QuarkusTest
class OpenApiTest {

    @Test
    void shouldDocumentEveryApiOperationWithItsProblems() throws IOException {
        JsonPath doc = given().queryParam("format", "json").get("/q/openapi").then().statusCode(200).extract().jsonPath();
        Files.writeString(Paths.get("target/openapi.json"), doc.prettify());
        Map<String, Object> paths = doc.getMap("paths");
        Set<String> endpoints = apiEndpoints();
        assertTrue(endpoints.size() >= 15, "found the resources: " + endpoints);
        for (String endpoint : endpoints) {
            String method = endpoint.substring(0, endpoint.indexOf(' ')).toLowerCase(Locale.ROOT);
            String path = endpoint.substring(endpoint.indexOf(' ') + 1);
            assertTrue(paths.containsKey(path), endpoint + " is in the document");
            @SuppressWarnings("unchecked")
            Map<String, Object> operation = (Map<String, Object>) ((Map<String, Object>) paths.get(path)).get(method);
            assertNotNull(operation, endpoint + " is in the document");
            assertFalse(String.valueOf(operation.get("summary")).isBlank() || operation.get("summary") == null,
                    endpoint + " has a summary");
            checkResponses(endpoint, path, operation, doc);
        }
        assertNotNull(doc.get("components.securitySchemes.basic"), "HTTP Basic is described");
        assertNotNull(doc.get("components.securitySchemes.bearer"), "API tokens are described");
        for (String schema : Set.of("Problem", "ConflictProblem", "PreconditionProblem")) {
            assertNotNull(doc.get("components.schemas." + schema), schema + " schema");
        }
    }

    @SuppressWarnings("unchecked")
    private static void checkResponses(String endpoint, String path, Map<String, Object> operation, JsonPath doc) {
        Map<String, Map<String, Object>> responses = (Map<String, Map<String, Object>>) operation.get("responses");
        boolean success = false;
        for (var response : responses.entrySet()) {
            String code = response.getKey();
            Map<String, Map<String, Object>> content = (Map<String, Map<String, Object>>) response.getValue().get("content");
            if (code.startsWith("2") && !code.equals("204")) {
                assertNotNull(content, endpoint + " " + code + " describes its body");
                assertTrue(content.values().stream().allMatch(media -> media.get("schema") != null),
                        endpoint + " " + code + " has a schema: " + content);
            }
            success |= code.startsWith("2");
            if (code.startsWith("4") || code.startsWith("5")) {
                assertNotNull(content, endpoint + " " + code + " has a body");
                Map<String, Object> schema = (Map<String, Object>) content.get("application/problem+json").get("schema");
                String ref = String.valueOf(schema.get("$ref"));
                assertTrue(ref.matches("#/components/schemas/(Problem|ConflictProblem|PreconditionProblem)"),
                        endpoint + " " + code + " is a problem: " + schema);
                assertNotNull(doc.get("components.schemas." + ref.substring(ref.lastIndexOf('/') + 1)));
            }
        }
        assertTrue(success, endpoint + " documents its success");
        Set<String> codes = responses.keySet();
        for (String code : new String[] {"401", "403", "500"}) {
            assertTrue(codes.contains(code), endpoint + " documents " + code);
        }
        if (path.contains("{")) {
            assertTrue(codes.contains("404"), endpoint + " documents 404");
        }
        if (operation.containsKey("requestBody")) {
            for (String code : new String[] {"400", "413", "415"}) {
                assertTrue(codes.contains(code), endpoint + " documents " + code);
            }
        }
        if (endpoint.matches("POST /api/documents/\\{id}/(edits|undo|redo)|(PATCH|DELETE) /api/documents/\\{id}")) {
            assertTrue(codes.contains("412"), endpoint + " documents 412");
            assertTrue(codes.contains("428"), endpoint + " documents 428");
        }
    }

    @Test
    @SuppressWarnings("unchecked")
    void shouldDeclareTheHeadersAnswersCarry() throws IOException {
        JsonPath doc = given().queryParam("format", "json").get("/q/openapi").then().statusCode(200).extract().jsonPath();
        Map<String, Map<String, Map<String, Object>>> paths = doc.getMap("paths");
        int created = 0;
        for (var path : paths.entrySet()) {
            for (var operation : path.getValue().entrySet()) {
                var responses = (Map<String, Map<String, Object>>) operation.getValue().get("responses");
                for (String code : new String[] {"201", "202"}) {
                    // a PUT that creates names the new resource itself: its own address, no Location
                    if (responses.containsKey(code) && !operation.getKey().equals("put")) {
                        created++;
                        assertNotNull(headers(responses.get(code)).get("Location"),
                                operation.getKey() + " " + path.getKey() + " " + code + " declares Location");
                    }
                }
            }
        }
        assertTrue(created >= 10, "found the operations that create: " + created);
        for (String tagged : new String[] {"get /api/documents/{id}", "patch /api/documents/{id}",
                "post /api/documents/{id}/edits", "post /api/documents/{id}/undo", "post /api/documents/{id}/redo"}) {
            String[] parts = tagged.split(" ");
            var ok = (Map<String, Object>) ((Map<String, Object>) paths.get(parts[1]).get(parts[0]).get("responses"))
                    .get("200");
            assertNotNull(headers(ok).get("ETag"), tagged + " declares its ETag");
        }
        Set<String> interactive = endpoints((type, method) -> method.isAnnotationPresent(Interactive.class)
                || type.isAnnotationPresent(Interactive.class));
        assertTrue(interactive.size() >= 5, "found the interactive operations: " + interactive);
        for (String endpoint : interactive) {
            String[] parts = endpoint.split(" ");
            var responses = (Map<String, Map<String, Object>>) paths.get(parts[1])
                    .get(parts[0].toLowerCase(Locale.ROOT)).get("responses");
            assertNotNull(responses.get("503"), endpoint + " declares the 503 of a busy server");
            assertNotNull(headers(responses.get("503")).get("Retry-After"), endpoint + " 503 declares Retry-After");
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> headers(Map<String, Object> response) {
        Object headers = response.get("headers");
        return headers == null ? Map.of() : (Map<String, Object>) headers;
    }

    /** "GET /api/projects/{id}", … for every resource method of every class under dev.tandem. */
    private static Set<String> apiEndpoints() throws IOException {
        return endpoints((type, method) -> true);
    }

    /** The endpoints under /api whose resource method {@code which} accepts. */
    private static Set<String> endpoints(BiPredicate<Class<?>, Method> which) throws IOException {
        var classes = Paths.get("target/classes");
        var endpoints = new TreeSet<String>();
        try (Stream<java.nio.file.Path> files = Files.walk(classes.resolve("dev/tandem"))) {
            for (String name : files.map(file -> classes.relativize(file).toString())
                    .filter(file -> file.endsWith(".class") && !file.contains("$")).toList()) {
                Class<?> type = load(name.replace('/', '.').replaceAll("\\.class$", ""));
                Path root = type.getAnnotation(Path.class);
                if (root == null) {
                    continue;
                }
                for (Method method : type.getMethods()) {
                    String verb = AllowedMethods.httpMethod(method);
                    if (verb != null && which.test(type, method)) {
                        Path sub = method.getAnnotation(Path.class);
                        String path = (root.value() + (sub == null ? "" : "/" + sub.value()))
                                .replaceAll("\\{(\\w+)\\s*:[^}]*}", "{$1}").replaceAll("/+", "/")
                                .replaceAll("(.)/$", "$1");
                        if (path.startsWith("/api/")) {
                            endpoints.add(verb + " " + path);
                        }
                    }
                }
            }
        }
        return endpoints;
    }

    private static Class<?> load(String name) {
        try {
            return Class.forName(name, false, OpenApiTest.class.getClassLoader());
        } catch (ClassNotFoundException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void shouldDescribeTheProblemSchema() {
        JsonPath doc = given().queryParam("format", "json").get("/q/openapi").then().statusCode(200).extract().jsonPath();
        assertEquals(Set.of("type", "title", "status", "detail", "field", "instance"),
                doc.getMap("components.schemas.Problem.properties").keySet());
    }

    @Test
    void shouldSayAPairsConfidenceMayBeNull() {
        JsonPath doc = given().queryParam("format", "json").get("/q/openapi").then().statusCode(200).extract().jsonPath();
        assertEquals(java.util.List.of("number", "null"), doc.getList("components.schemas.PairView.properties.confidence.type"),
                "a pair the aligner did not score has confidence null");
    }

    @Test
    void shouldDescribeEachReviewCommandAsItsOwnSchema() {
        JsonPath doc = given().queryParam("format", "json").get("/q/openapi").then().statusCode(200).extract().jsonPath();
        assertEquals("#/components/schemas/EditRequest",
                doc.getString("paths.'/api/documents/{id}/edits'.post.requestBody.content.'application/json'.schema.$ref"));
        assertEquals("op", doc.getString("components.schemas.EditRequest.discriminator.propertyName"));
        Map<String, String> mapping = doc.getMap("components.schemas.EditRequest.discriminator.mapping");
        assertEquals(Set.of("confirm", "confirm-through", "confirm-confident", "reject", "edit-text", "split-sentence",
                "merge-sentences", "merge-pairs", "split-pair", "shift", "insert-empty", "realign"), mapping.keySet());
        java.util.List<String> oneOf = doc.getList("components.schemas.EditRequest.oneOf.$ref");
        assertEquals(Set.copyOf(mapping.values()), Set.copyOf(oneOf), "one schema per command, each in oneOf");
        assertEquals(mapping.size(), oneOf.size());
        for (var command : mapping.entrySet()) {
            String schema = "components.schemas." + command.getValue().substring(command.getValue().lastIndexOf('/') + 1);
            assertEquals(java.util.List.of(command.getKey()), doc.getList(schema + ".properties.op.enum"),
                    command.getKey() + " names itself in op");
            assertTrue(doc.getList(schema + ".required").contains("op"), command.getKey() + " requires op");
            assertNotNull(doc.get(schema + ".properties.baseVersion"), command.getKey() + " takes baseVersion");
        }
        assertEquals(Set.of("op", "baseVersion", "pair", "side", "direction"),
                doc.getMap("components.schemas.Shift.properties").keySet());
        assertEquals(java.util.List.of("up", "down"), doc.getList("components.schemas.Shift.properties.direction.enum"));
    }
}
