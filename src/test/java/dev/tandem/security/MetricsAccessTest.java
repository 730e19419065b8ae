// SPDX-License-Identifier: Apache-2.0
package dev.tandem.security;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;

import dev.tandem.testing.AdminCredentials;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * /q/metrics is open like /q/health unless one setting asks for an account (README, Monitoring); with it, a scraper
 * signs in as on the API, with Basic credentials or a Bearer token.
 */
@QuarkusTest
@TestProfile(MetricsAccessTest.MetricsForAccounts.class)
class MetricsAccessTest {

    public static class MetricsForAccounts implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("quarkus.http.auth.permission.metrics.policy", "authenticated");
        }
    }

    @Test
    void shouldAskForAnAccountWhenSetTo() {
        given().auth().none().get("/q/metrics").then().statusCode(401);
        given().auth().preemptive().basic(AdminCredentials.USERNAME, AdminCredentials.PASSWORD).get("/q/metrics")
                .then().statusCode(200).body(containsString("jvm_memory_used_bytes"));
        // health stays open for the load balancer
        given().auth().none().get("/q/health/ready").then().statusCode(200);
    }
}
