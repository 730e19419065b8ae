// SPDX-License-Identifier: Apache-2.0
package dev.tandem.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;

/**
 * Requests with exactly the headers given (credentials, cookies), to any of several servers on this machine: for
 * checks that carry a session or a token from one instance to another. JSON bodies are written from maps.
 */
final class RawHttp {
    private final ObjectMapper json = new ObjectMapper();
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();

    /** A String body goes as it is (set its Content-Type); anything else as JSON; null sends none. */
    HttpResponse<String> send(URI base, String method, String path, Map<String, String> headers, Object body) {
        try {
            var request = HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(120));
            headers.forEach(request::header);
            HttpRequest.BodyPublisher publisher = HttpRequest.BodyPublishers.noBody();
            if (body instanceof String text) {
                publisher = HttpRequest.BodyPublishers.ofString(text);
            } else if (body != null) {
                request.header("Content-Type", "application/json");
                publisher = HttpRequest.BodyPublishers.ofString(json.writeValueAsString(body));
            }
            return http.send(request.method(method, publisher).build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(method + " " + base.resolve(path) + " failed: " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    /** The body of a GET as bytes (a backup). */
    byte[] download(URI base, String path, Map<String, String> headers) {
        try {
            var request = HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofMinutes(10));
            headers.forEach(request::header);
            HttpResponse<byte[]> response = http.send(request.GET().build(), HttpResponse.BodyHandlers.ofByteArray());
            if (response.statusCode() != 200) {
                throw new IllegalStateException("GET " + path + " answered " + response.statusCode() + ": "
                        + new String(response.body(), StandardCharsets.UTF_8));
            }
            return response.body();
        } catch (IOException e) {
            throw new UncheckedIOException("GET " + base.resolve(path) + " failed: " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    /** The body of an answer that must have {@code status}, as JSON. */
    JsonNode json(HttpResponse<String> response, int status, String what) {
        if (response.statusCode() != status) {
            throw new IllegalStateException(what + " answered " + response.statusCode() + " (not " + status + "): "
                    + LoopbackClient.abbreviate(response.body()));
        }
        try {
            return json.readTree(response.body().isEmpty() ? "null" : response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(what + ": not JSON", e);
        }
    }

    JsonNode json(String text) {
        try {
            return json.readTree(text);
        } catch (IOException e) {
            throw new UncheckedIOException("not JSON: " + LoopbackClient.abbreviate(text), e);
        }
    }

    String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }
}
