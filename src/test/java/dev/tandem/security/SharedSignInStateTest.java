// SPDX-License-Identifier: Apache-2.0
package dev.tandem.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tandem.config.TandemConfig;
import dev.tandem.model.Account;
import dev.tandem.model.SignInFailure;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/**
 * What one instance learns about sign-ins, every instance on the same database knows: the sign-in throttle's counts
 * and a password's validity are read from the database, never from one instance's memory. "Another instance" here
 * is what it is to this one: a change in the database that this instance was not told about.
 */
@QuarkusTest
class SharedSignInStateTest {
    @Inject
    TandemConfig config;

    @Test
    void shouldRefuseARememberedPasswordChangedElsewhere() {
        String user = SecurityFixtures.user("paula");
        SecurityFixtures.as(user).get("/api/account").then().statusCode(200);
        SecurityFixtures.as(user).get("/api/account").then().statusCode(200); // remembered now
        // Another instance resets the password: only the stored hash changes.
        String otherHash = Passwords.hash("a new password from instance B");
        QuarkusTransaction.requiringNew().run(() -> Account.findByUsername(user).orElseThrow().passwordHash = otherHash);
        SecurityFixtures.as(user).get("/api/account").then().statusCode(401);
    }

    @Test
    void shouldRefuseARememberedPasswordOfAnAccountRemovedElsewhere() {
        String user = SecurityFixtures.user("rolando");
        SecurityFixtures.as(user).get("/api/account").then().statusCode(200);
        QuarkusTransaction.requiringNew().run(() -> Account.delete("username", user));
        SecurityFixtures.as(user).get("/api/account").then().statusCode(401);
    }

    @Test
    void shouldDropAdminPowersRevokedElsewhere() {
        String user = SecurityFixtures.user("ada");
        io.restassured.RestAssured.given().contentType("application/json").body("{\"admin\": true}")
                .put("/api/users/" + user + "/admin").then().statusCode(200);
        SecurityFixtures.as(user).get("/api/users").then().statusCode(200);
        QuarkusTransaction.requiringNew().run(() -> Account.findByUsername(user).orElseThrow().admin = false);
        SecurityFixtures.as(user).get("/api/users").then().statusCode(403);
    }

    @Test
    void shouldLockOnEveryInstanceAfterFailuresOnOne() {
        String user = SecurityFixtures.user("lotte");
        LoginThrottle here = new LoginThrottle(config);
        LoginThrottle elsewhere = new LoginThrottle(config);
        for (int i = 0; i < config.signIn().maxFailures(); i++) {
            QuarkusTransaction.requiringNew().run(() -> elsewhere.failed(user, "192.0.2.7"));
        }
        // This instance counted nothing itself, yet refuses the right password, from any address.
        var state = QuarkusTransaction.requiringNew().call(() -> here.state(user, "198.51.100.1"));
        assertTrue(state.lockedFor().isPresent(), "the lock made elsewhere holds here");
        SecurityFixtures.as(user).get("/api/account").then().statusCode(401);
    }

    @Test
    void shouldCountFailuresMadeAtOnceOnTwoInstances() throws Exception {
        String user = "racer-" + System.nanoTime();
        int threads = 4;
        List<LoginThrottle> instances = new ArrayList<>();
        for (int i = 0; i < threads; i++) {
            instances.add(new LoginThrottle(config));
        }
        CyclicBarrier start = new CyclicBarrier(threads);
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (LoginThrottle instance : instances) {
                done.add(pool.submit(() -> {
                    start.await();
                    instance.failed(user, "203.0.113.9");
                    return null;
                }));
            }
            for (Future<?> f : done) {
                f.get();
            }
        } finally {
            pool.shutdown();
        }
        // Every failure counted once: the first for the key was inserted by one, the others found and counted it.
        String key = Secrets.sha256Hex("user:" + user);
        assertEquals(threads, QuarkusTransaction.requiringNew()
                .call(() -> SignInFailure.<SignInFailure>findById(key).failures));
    }
}
