// SPDX-License-Identifier: Apache-2.0
package dev.tandem.security;

import static io.restassured.RestAssured.given;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.specification.PreemptiveAuthSpec;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Found by a security review: while a guesser had an account locked, the password a script of its owner had used in
 * the last minutes still went through, from anywhere; wrong guesses were refused without being checked, so the
 * guesser could try thousands a second and learn the password from the one that was let in. A remembered password
 * now counts only from the address it was checked from. Behind a proxy, as the README sets it up, the client's
 * address comes from the proxy's {@code X-Forwarded-For}.
 */
@QuarkusTest
@TestProfile(RememberedPasswordTest.BehindProxy.class)
class RememberedPasswordTest {
    private static final String SCRIPT = "198.51.100.5";
    private static final String GUESSER = "203.0.113.66";

    public static class BehindProxy implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("quarkus.http.proxy.proxy-address-forwarding", "true",
                    "quarkus.http.proxy.allow-x-forwarded", "true", "quarkus.http.proxy.trusted-proxies", "127.0.0.1");
        }
    }

    @Test
    void shouldKeepALockAgainstAGuesserWhileTheOwnersScriptWorksOn() {
        String user = SecurityFixtures.user("helga");
        from(SCRIPT).basic(user, SecurityFixtures.PASSWORD).get("/api/account").then().statusCode(200);
        for (int guess = 1; guess <= 5; guess++) {
            from(GUESSER).basic(user, "guess number " + guess).get("/api/account").then().statusCode(401);
        }
        from(GUESSER).basic(user, SecurityFixtures.PASSWORD).get("/api/account").then().statusCode(401);
        from(SCRIPT).basic(user, SecurityFixtures.PASSWORD).get("/api/account").then().statusCode(200);
    }

    private static PreemptiveAuthSpec from(String address) {
        return given().header("X-Forwarded-For", address).auth().preemptive();
    }
}
