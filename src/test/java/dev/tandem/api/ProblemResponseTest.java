// SPDX-License-Identifier: Apache-2.0
package dev.tandem.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;


import dev.tandem.testing.AdminCredentials;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Errors the framework raises before a resource runs are problem documents too. */
@QuarkusTest
class ProblemResponseTest {
    @TestHTTPResource("/")
    URI base;

    @Test
    void shouldAnswerUnknownAddressesWith404Problem() {
        problem(given().get("/api/nothing"), 404);
        problem(given().get("/api/projects/1/nothing"), 404);
        problem(given().get("/api/documents/not-a-number"), 404);
    }

    @Test
    void shouldAnswerWrongMethodWith405Problem() {
        problem(given().delete("/api/align"), 405).header("Allow", allows("OPTIONS", "POST"))
                .body("detail", containsString("POST is allowed here, not DELETE"));
        problem(given().put("/api/projects"), 405).header("Allow", allows("GET", "HEAD", "OPTIONS", "POST"))
                .body("detail", containsString("GET and POST are allowed here"));
    }

    @Test
    void shouldNameTheMethodsOfAnAddressWithPathParametersInAllow() {
        problem(given().delete("/api/projects/7/terms"), 405).header("Allow", allows("GET", "HEAD", "OPTIONS"))
                .body("detail", containsString("GET is allowed here, not DELETE"));
        problem(given().put("/api/jobs/no-such-job"), 405).header("Allow", allows("DELETE", "GET", "HEAD", "OPTIONS"))
                .body("detail", containsString("DELETE and GET are allowed here, not PUT"));
        // the literal /archive wins over /{id}, as in routing
        problem(given().put("/api/projects/archive"), 405).header("Allow", allows("OPTIONS", "POST"));
        problem(given().delete("/api/documents/3/edits"), 405).header("Allow", allows("GET", "HEAD", "OPTIONS", "POST"));
        // OPTIONS names the same methods, for this address only (not those of its class's other paths)
        given().options("/api/jobs/no-such-job").then().statusCode(200).header("Allow", allows("DELETE", "GET", "HEAD",
                "OPTIONS"));
        given().options("/api/projects/7/terms").then().statusCode(200).header("Allow", allows("GET", "HEAD",
                "OPTIONS"));
        given().options("/api/align").then().statusCode(200).header("Allow", allows("OPTIONS", "POST"));
        // a wrong method where the id is malformed is still a 405, and a right one still a 404
        problem(given().put("/api/documents/not-a-number"), 405).header("Allow", allows("DELETE", "GET", "HEAD",
                "OPTIONS", "PATCH"));
        problem(given().get("/api/documents/not-a-number"), 404);
        problem(given().delete("/api/nothing/here"), 404);
    }

    /** An Allow header naming exactly these methods, in any order. */
    private static org.hamcrest.Matcher<String> allows(String... methods) {
        return new org.hamcrest.TypeSafeMatcher<>() {
            @Override
            protected boolean matchesSafely(String header) {
                return java.util.Set.of(header.split("\\s*,\\s*")).equals(java.util.Set.of(methods));
            }

            @Override
            public void describeTo(org.hamcrest.Description description) {
                description.appendText("Allow naming " + List.of(methods));
            }
        };
    }

    @Test
    void shouldExplainAQueryStringThatIsNotPercentEncoded() throws IOException {
        for (String path : List.of("/api/search?q=caf\u00e9", "/api/projects?offset=1&x=\u5317\u4eac", "/search?q=caf\u00e9")) {
            String answer = rawGet(path);
            assertTrue(answer.startsWith("HTTP/1.1 400 "), path + ": " + answer);
            assertTrue(answer.toLowerCase(java.util.Locale.ROOT).contains("content-type: application/problem+json"),
                    path + ": " + answer);
            assertTrue(answer.contains("percent-encode"), path + ": " + answer);
            assertTrue(answer.contains("query string is not valid"), path + ": " + answer);
            assertTrue(answer.contains("q=caf%C3%A9") || !path.contains("caf"), path + " shows the fix: " + answer);
        }
        assertTrue(rawGet("/api/projects?offset=1&x=\u5317\u4eac").contains("offset=1&x=%E5%8C%97%E4%BA%AC"));
        // other characters an address may not hold, refused as before, now with a body saying which
        String pipe = rawGet("/api/search?q=a|b");
        assertTrue(pipe.startsWith("HTTP/1.1 400 ") && pipe.contains("application/problem+json")
                && pipe.contains("Illegal character in query at character 16") && pipe.contains("| is %7C"), pipe);
        // the same query, percent-encoded as UTF-8, is fine
        assertTrue(rawGet("/api/search?q=caf%C3%A9").startsWith("HTTP/1.1 200 "));
    }

    /** Sends a GET whose request line carries {@code path} as raw UTF-8 bytes, as a careless client would. */
    private String rawGet(String path) throws IOException {
        String credentials = AdminCredentials.USERNAME + ":" + AdminCredentials.PASSWORD;
        try (var socket = new java.net.Socket(base.getHost(), base.getPort())) {
            socket.setSoTimeout(10_000);
            socket.getOutputStream().write(("GET " + path + " HTTP/1.1\r\nHost: localhost\r\nAuthorization: Basic "
                    + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8))
                    + "\r\nAccept: application/json\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.UTF_8));
            socket.getOutputStream().flush();
            return new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void shouldAnswerUnacceptableMediaTypeWith406Problem() {
        problem(given().accept("text/html").get("/api/projects"), 406);
    }

    @Test
    void shouldAnswerWrongContentTypeWith415Problem() {
        problem(given().contentType("text/plain").body("{}").post("/api/projects"), 415);
        problem(given().contentType("application/xml").body("<a/>").post("/api/align"), 415);
        problem(given().contentType(ContentType.TEXT).body("x").patch("/api/documents/1"), 415);
    }

    @Test
    void shouldExplainMalformedJson() {
        problem(given().contentType(ContentType.JSON).body("{\"name\": ").post("/api/projects"), 400)
                .body("detail", containsString("not valid JSON"));
        problem(given().contentType(ContentType.JSON).body("{\"name\": \"a\",,}").post("/api/align"), 400);
    }

    @Test
    void shouldNameTheFieldOfAWrongJsonType() {
        // a document of its own: the access check comes before the body is read, and another test may have
        // deleted whatever document has id 1
        long project = ApiFixtures.createProject("Wrong JSON types", "en", "de");
        long document = ApiFixtures.createDocument(project, "Types", "One. Two.", "Eins. Zwei.");
        problem(given().contentType(ContentType.JSON).body("{\"name\": [1, 2]}").post("/api/projects"), 400)
                .body("field", equalTo("name")).body("detail", containsString("a string"));
        problem(given().contentType(ContentType.JSON).body("{\"op\": \"confirm\", \"baseVersion\": \"x\"}")
                .post("/api/documents/" + document + "/edits"), 400).body("field", equalTo("baseVersion"));
        problem(given().contentType(ContentType.JSON).body("{\"op\": \"confirm\", \"pairs\": [1, {}]}")
                .post("/api/documents/" + document + "/edits"), 400).body("field", equalTo("pairs[1]"));
        problem(given().contentType(ContentType.JSON).body("[1]").post("/api/projects"), 400)
                .body("detail", containsString("JSON object"));
        problem(given().contentType(ContentType.JSON).body("\"text\"").post("/api/projects/" + project
                + "/documents"), 400);
        problem(given().contentType(ContentType.JSON).body("{\"title\": {\"text\": \"x\"}}")
                .patch("/api/documents/" + document), 400);
        // JSON null is no baseVersion, as an empty body (it once was a NullPointerException)
        problem(given().contentType(ContentType.JSON).body("null").post("/api/documents/98765432/undo"), 404);
    }

    @Test
    void shouldRefuseScalarsOfAnotherJsonTypeInsteadOfConvertingThem() {
        long project = ApiFixtures.createProject("Strict JSON types", "en", "de");
        long document = ApiFixtures.createDocument(project, "Strict", "One. Two.", "Eins. Zwei.");
        for (String name : List.of("123", "1.5", "true")) {
            problem(given().contentType(ContentType.JSON).body("{\"name\": " + name + ", \"sourceLanguage\": \"en\","
                    + " \"targetLanguage\": \"de\"}").post("/api/projects"), 400)
                    .body("field", equalTo("name")).body("detail", containsString("a string"));
        }
        problem(given().contentType(ContentType.JSON).body("{\"title\": 7, \"sourceText\": \"One.\", \"targetText\":"
                + " \"Eins.\"}").post("/api/projects/" + project + "/documents"), 400).body("field", equalTo("title"));
        long version = given().get("/api/documents/" + document).then().statusCode(200).extract().jsonPath()
                .getLong("version");
        problem(given().contentType(ContentType.JSON).body("{\"op\": \"confirm\", \"baseVersion\": \"" + version
                + "\", \"pairs\": []}").post("/api/documents/" + document + "/edits"), 400)
                .body("field", equalTo("baseVersion")).body("detail", containsString("a number"));
        problem(given().contentType(ContentType.JSON).body("{\"op\": \"confirm\", \"baseVersion\": " + version
                + ".5, \"pairs\": []}").post("/api/documents/" + document + "/edits"), 400)
                .body("field", equalTo("baseVersion"));
        problem(given().contentType(ContentType.JSON).body("{\"sourceLanguage\": \"en\", \"targetLanguage\": \"de\","
                + " \"source\": \"One.\", \"target\": \"Eins.\", \"project\": \"" + project + "\"}")
                .post("/api/align"), 400).body("field", equalTo("project"));
        // the same values as their own types still work
        given().contentType(ContentType.JSON).body("{\"sourceLanguage\": \"en\", \"targetLanguage\": \"de\","
                + " \"source\": \"One.\", \"target\": \"Eins.\", \"project\": " + project + "}")
                .post("/api/align").then().statusCode(200);
    }

    @Test
    void shouldRefuseAChunkedBodyOverTheLimitWith413Problem() throws Exception {
        long project = ApiFixtures.createProject("Chunked", "en", "de");
        String json = "{\"sourceText\": \"" + "Long. ".repeat(600_000) + "\", \"targetText\": \"Lang.\"}";
        HttpResponse<String> refused = postChunked("/api/projects/" + project + "/documents", json);
        assertEquals(413, refused.statusCode());
        assertEquals("application/problem+json", refused.headers().firstValue("Content-Type").orElse(""));
        assertTrue(refused.body().contains("max-body-size"), refused.body());
        HttpResponse<String> small = postChunked("/api/projects/" + project + "/documents",
                "{\"sourceText\": \"One. Two.\", \"targetText\": \"Eins. Zwei.\"}");
        assertEquals(201, small.statusCode(), small.body());
    }

    /** Posts JSON with Transfer-Encoding: chunked, as a streaming client does (no Content-Length). */
    private HttpResponse<String> postChunked(String path, String json) throws Exception {
        byte[] body = json.getBytes(StandardCharsets.UTF_8);
        String credentials = AdminCredentials.USERNAME + ":" + AdminCredentials.PASSWORD;
        var request = HttpRequest.newBuilder(base.resolve(path)).header("Content-Type", "application/json")
                .header("Authorization", "Basic " + Base64.getEncoder()
                        .encodeToString(credentials.getBytes(StandardCharsets.UTF_8)))
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body))).build();
        return HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build()
                .send(request, HttpResponse.BodyHandlers.ofString());
    }

    private static ValidatableResponse problem(io.restassured.response.Response response, int status) {
        return response.then().statusCode(status).contentType("application/problem+json")
                .body("status", equalTo(status)).body("title", notNullValue()).body("detail", notNullValue());
    }
}
