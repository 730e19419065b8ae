// SPDX-License-Identifier: Apache-2.0
package dev.tandem.api;

import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.event.Observes;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;

/**
 * An address must be ASCII (RFC 3986, RFC 9112 §3.2). Quarkus checks each request's address with {@link URI} before
 * any route runs and refuses a bad one with a bare 400 and no body: a client that sent {@code ?q=北京} as raw UTF-8
 * bytes learned nothing, and one that sent {@code ?q=café} got a search for "cafÃ©" (each byte read as a character).
 * This handler makes the same check, first of all routes, and adds what Quarkus's lacks: a problem document showing
 * the address percent-encoded as UTF-8, which is what the client should send. Quarkus's own check is turned off for
 * that ({@link #takeOverAddressCheck}), which must happen before Quarkus starts: {@link dev.tandem.TandemMain} does
 * it, and the test run sets the same property (pom.xml).
 */
public class UnencodedAddressHandler {

    /** Quarkus's own check of addresses (VertxHttpRecorder), which answers 400 without a body, is off. */
    static final String QUARKUS_CHECK_OFF = "vertx.disableURIValidation";

    /** Turns off Quarkus's check, which this handler makes instead; before Quarkus starts, which reads it once. */
    public static void takeOverAddressCheck() {
        System.setProperty(QUARKUS_CHECK_OFF, "true");
    }

    void install(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE).handler(context -> {
            String uri = context.request().uri();
            if (uri == null || !isEncoded(uri)) {
                refuse(context, uri == null ? "" : uri, null);
                return;
            }
            try {
                new URI(uri);
            } catch (URISyntaxException e) {
                refuse(context, uri, e.getReason() + " at character " + (e.getIndex() + 1));
                return;
            }
            context.next();
        });
    }

    /** Whether every character of the request target is ASCII and no control character. */
    static boolean isEncoded(String uri) {
        if (uri == null) {
            return true;
        }
        for (int i = 0; i < uri.length(); i++) {
            char c = uri.charAt(i);
            if (c <= 0x20 || c >= 0x7F) {
                return false;
            }
        }
        return true;
    }

    /**
     * The request target percent-encoded: the decoder read each byte as one character (ISO-8859-1), so those bytes
     * are the client's own, UTF-8 for any client that meant text.
     */
    static String encoded(String uri) {
        var out = new StringBuilder();
        for (byte b : uri.getBytes(StandardCharsets.ISO_8859_1)) {
            int c = b & 0xFF;
            if (c <= 0x20 || c >= 0x7F) {
                out.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
                        .append(Character.toUpperCase(Character.forDigit(c & 0xF, 16)));
            } else {
                out.append((char) c);
            }
        }
        return out.toString();
    }

    private static void refuse(RoutingContext context, String uri, String reason) {
        int query = uri.indexOf('?');
        boolean inQuery = query >= 0 && isEncoded(uri.substring(0, query)) && reason == null;
        String part = inQuery ? "query string" : "address";
        String fixed = encoded(inQuery ? uri.substring(query + 1) : uri);
        String detail = reason != null
                ? "The address is not valid: " + reason + ". Percent-encode, as UTF-8, each character that may not"
                + " stand in an address as it is (a space is %20, | is %7C, % itself %25)."
                : "The " + part + " is not valid: it holds characters that are not percent-encoded (only ASCII may"
                + " stand in an address). Percent-encode it as UTF-8: " + fixed + ".";
        var problem = new JsonObject()
                .put("type", "about:blank")
                .put("title", "Bad Request")
                .put("status", 400)
                .put("detail", detail);
        context.response().setStatusCode(400)
                .putHeader("Content-Type", Problem.MEDIA_TYPE)
                .end(problem.encode());
    }
}
