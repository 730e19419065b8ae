// SPDX-License-Identifier: Apache-2.0
package dev.tandem.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A JSON/HTML client for a Tandem server on this machine only (HTTP/1.1, {@link HttpClient}). The time of a
 * request is the client-observed round trip: from sending to the last byte of the body read.
 */
final class LoopbackClient {
    private static final Set<String> LOOPBACK_HOSTS = Set.of("127.0.0.1", "localhost", "[::1]", "::1");
    private static final Pattern DURATION = Pattern.compile("dur=([0-9.]+)");

    /** A response: status, body, round trip in ms and the server's own time from {@code Server-Timing}, or NaN. */
    record Reply(int status, String body, double millis, double serverMillis) {
        boolean ok() {
            return status / 100 == 2;
        }
    }

    private final HttpClient http;
    private final URI base;
    private final String authorization;
    private final ObjectMapper json = new ObjectMapper();

    /**
     * Signs in as {@code tandem.user} (default admin) with {@code tandem.password} (default: the environment's
     * TANDEM_ADMIN_INITIAL_PASSWORD): HTTP Basic for the API, a session cookie (sign-in form) for the pages.
     */
    LoopbackClient(URI base) {
        this(base, System.getProperty("tandem.user", "admin"),
                System.getProperty("tandem.password", System.getenv("TANDEM_ADMIN_INITIAL_PASSWORD")));
    }

    /** Signs in as {@code user} with {@code password}. */
    LoopbackClient(URI base, String user, String password) {
        this.base = base;
        this.http = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5))
                .cookieHandler(new CookieManager())
                .build();
        if (password == null) {
            throw new IllegalArgumentException("Give the password of " + user + ": -Dtandem.password=… or "
                    + "TANDEM_ADMIN_INITIAL_PASSWORD.");
        }
        this.authorization = "Basic " + Base64.getEncoder()
                .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
        // the form first: its token cookie stays in the cookie manager, its token goes back with the post
        Reply form = send(HttpRequest.newBuilder(base.resolve("/login")).GET().build());
        java.util.regex.Matcher token = java.util.regex.Pattern.compile("name=\"csrf-token\" value=\"([^\"]+)\"")
                .matcher(form.body());
        if (!token.find()) {
            throw new IllegalStateException("The sign-in page of " + base + " has no form token (" + form.status() + ")");
        }
        Reply signIn = send(HttpRequest.newBuilder(base.resolve("/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("username=" + URLEncoder.encode(user, StandardCharsets.UTF_8)
                        + "&password=" + URLEncoder.encode(password, StandardCharsets.UTF_8)
                        + "&csrf-token=" + URLEncoder.encode(token.group(1), StandardCharsets.UTF_8)))
                .build());
        if (signIn.status() != 303) {
            throw new IllegalStateException("Signing in as " + user + " failed with " + signIn.status());
        }
    }

    /** The base URI of {@code url}, refused unless its host is 127.0.0.1, localhost or ::1. */
    static URI loopback(String url) {
        URI uri = URI.create(url.endsWith("/") ? url.substring(0, url.length() - 1) : url);
        String host = uri.getHost() == null ? "" : uri.getHost().toLowerCase(Locale.ROOT);
        if (!"http".equals(uri.getScheme()) || !LOOPBACK_HOSTS.contains(host)) {
            throw new IllegalArgumentException("Refusing to benchmark " + url
                    + ": only http://127.0.0.1, http://localhost or http://[::1] targets are allowed.");
        }
        return uri;
    }

    URI base() {
        return base;
    }

    Reply get(String path) {
        return send(authorized(HttpRequest.newBuilder(base.resolve(path)), path).GET()
                .timeout(Duration.ofSeconds(60)).build());
    }

    Reply post(String path, Object body, Duration timeout) {
        return postWithHeaders(path, body, Map.of(), timeout);
    }

    Reply postWithHeaders(String path, Object body, Map<String, String> headers, Duration timeout) {
        String text;
        try {
            text = json.writeValueAsString(body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        HttpRequest.Builder request = authorized(HttpRequest.newBuilder(base.resolve(path)), path)
                .header("Content-Type", "application/json");
        headers.forEach(request::header);
        return send(request.POST(HttpRequest.BodyPublishers.ofString(text)).timeout(timeout).build());
    }

    /** A multipart/form-data POST of files: part name → (file name, bytes). */
    Reply postFiles(String path, Map<String, Map.Entry<String, byte[]>> files, Duration timeout) {
        String boundary = "tandem-" + Long.toHexString(System.nanoTime());
        var body = new java.io.ByteArrayOutputStream();
        files.forEach((part, file) -> {
            body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + part + "\"; filename=\""
                    + file.getKey() + "\"\r\nContent-Type: application/octet-stream\r\n\r\n")
                    .getBytes(StandardCharsets.UTF_8));
            body.writeBytes(file.getValue());
            body.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
        });
        body.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return send(authorized(HttpRequest.newBuilder(base.resolve(path)), path)
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).timeout(timeout).build());
    }

    Reply post(String path, Object body) {
        return post(path, body, Duration.ofSeconds(60));
    }

    /** A GET whose body is read by the caller, as it arrives (a long export). */
    HttpResponse<InputStream> open(String path) {
        try {
            return http.send(authorized(HttpRequest.newBuilder(base.resolve(path)), path).GET()
                    .timeout(Duration.ofMinutes(5)).build(), HttpResponse.BodyHandlers.ofInputStream());
        } catch (IOException e) {
            throw new UncheckedIOException("GET " + path + " failed: " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    /**
     * Posts an import to {@code /api/projects/{project}/documents} and, when it runs as a job (202), polls the job
     * until it ends: a 201 with the document's summary, or the job's failure as a 500 with its message. The round
     * trip is that of the whole import.
     */
    Reply importDocument(long project, Object body, Duration timeout) {
        return importDocument(project, body, Map.of(), timeout, job -> { }, 250);
    }

    /**
     * As above, with extra {@code headers} (e.g. {@code Prefer: respond-async}), polling a job every
     * {@code pollMillis} and showing {@code onPoll} each state it reads.
     */
    Reply importDocument(long project, Object body, Map<String, String> headers, Duration timeout,
                         java.util.function.Consumer<JsonNode> onPoll, long pollMillis) {
        long start = System.nanoTime();
        Reply reply = postWithHeaders("/api/projects/" + project + "/documents", body, headers, timeout);
        if (reply.status() != 202) {
            return reply;
        }
        String job = "/api/jobs/" + json(reply).get("id").asLong();
        long deadline = start + timeout.toNanos();
        while (true) {
            Reply polled = poll(job, deadline);
            if (polled == null) {
                // a server short of memory may fail the poll itself (500, or no answer in time) while the job ends;
                // the job is what counts
                pause(pollMillis);
                continue;
            }
            JsonNode state = json(polled);
            onPoll.accept(state);
            String name = state.path("state").asText();
            if (name.equals("DONE")) {
                Reply document = get("/api/documents/" + state.get("documentIds").get(0).asLong());
                return new Reply(201, document.body(), (System.nanoTime() - start) / 1e6, Double.NaN);
            }
            if (name.equals("FAILED") || name.equals("CANCELLED") || System.nanoTime() > deadline) {
                return new Reply(500, state.toString(), (System.nanoTime() - start) / 1e6, Double.NaN);
            }
            pause(pollMillis);
        }
    }

    /** One poll of a job; null when it failed or timed out before the deadline (ask again), else its reply. */
    private Reply poll(String job, long deadline) {
        try {
            Reply polled = get(job);
            return polled.status() != 200 && System.nanoTime() <= deadline ? null : polled;
        } catch (UncheckedIOException e) {
            if (System.nanoTime() > deadline) {
                throw e;
            }
            return null;
        }
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    JsonNode json(Reply reply) {
        try {
            return json.readTree(reply.body());
        } catch (IOException e) {
            throw new UncheckedIOException("not JSON (status " + reply.status() + "): " + abbreviate(reply.body()), e);
        }
    }

    /** API calls carry Basic credentials; pages go by the session cookie, as in a browser. */
    private HttpRequest.Builder authorized(HttpRequest.Builder request, String path) {
        return path.startsWith("/api/") ? request.header("Authorization", authorization) : request;
    }

    private Reply send(HttpRequest request) {
        long start = System.nanoTime();
        HttpResponse<String> response;
        try {
            response = http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(request.method() + " " + request.uri() + " failed: " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
        double millis = (System.nanoTime() - start) / 1e6;
        double server = response.headers().firstValue("Server-Timing").map(LoopbackClient::duration).orElse(Double.NaN);
        return new Reply(response.statusCode(), response.body(), millis, server);
    }

    private static double duration(String serverTiming) {
        Matcher m = DURATION.matcher(serverTiming);
        return m.find() ? Double.parseDouble(m.group(1)) : Double.NaN;
    }

    static String abbreviate(String text) {
        return text == null ? "" : text.length() > 300 ? text.substring(0, 300) + "…" : text;
    }
}
