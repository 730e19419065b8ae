// SPDX-License-Identifier: Apache-2.0
package dev.tandem.security;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** Where the API ends and the pages begin, and how each asks a caller to sign in. */
public final class Paths {
    private Paths() {
    }

    /** The JSON API: problem answers, 401 rather than the sign-in page. */
    public static boolean isApi(String path) {
        return path.startsWith("/api/") || path.equals("/api");
    }

    /** Where Basic and Bearer are taken: the API and the /q endpoints. Pages go by the session cookie only. */
    public static boolean takesAuthorizationHeader(String path) {
        return isApi(path) || path.startsWith("/q/");
    }

    /**
     * The WWW-Authenticate value of a 401. A browser (it accepts HTML) is not offered Basic, so it never shows its
     * password prompt nor caches what was typed there.
     */
    public static String challenge(String accept) {
        boolean browser = accept != null && accept.contains("text/html");
        return browser ? "Bearer realm=\"Tandem\"" : "Basic realm=\"Tandem\", Bearer realm=\"Tandem\"";
    }

    /** The sign-in page, coming back to {@code pathAndQuery} afterwards. */
    public static String signIn(String pathAndQuery) {
        return "/login?next=" + URLEncoder.encode(pathAndQuery, StandardCharsets.UTF_8);
    }
}
