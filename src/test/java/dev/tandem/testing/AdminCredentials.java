// SPDX-License-Identifier: Apache-2.0
package dev.tandem.testing;

import io.quarkus.test.junit.callback.QuarkusTestBeforeEachCallback;
import io.quarkus.test.junit.callback.QuarkusTestMethodContext;
import io.restassured.RestAssured;

/**
 * Before each {@code @QuarkusTest}, rest-assured is set to sign in to the API as the first admin (HTTP Basic), whose
 * password the test profile sets. A Quarkus callback (META-INF/services), since it must run in the class loader of
 * the application under test. Security tests choose other credentials, or none, per request.
 */
public class AdminCredentials implements QuarkusTestBeforeEachCallback {
    public static final String USERNAME = "admin";
    public static final String PASSWORD = "admin-password-for-tests";

    @Override
    public void beforeEach(QuarkusTestMethodContext context) {
        RestAssured.authentication = RestAssured.preemptive().basic(USERNAME, PASSWORD);
    }
}
