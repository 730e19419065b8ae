// SPDX-License-Identifier: Apache-2.0
package dev.tandem.security;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tandem.model.Account;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** With no initial password configured, the first start generates one, prints it once, and it works. */
@QuarkusTest
@TestProfile(GeneratedAdminPasswordTest.NoInitialPassword.class)
class GeneratedAdminPasswordTest {
    static final Path LOG = Path.of("target", "generated-admin-password.log");

    public static class NoInitialPassword implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            try {
                Files.deleteIfExists(LOG);
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
            return Map.of("tandem.admin.initial-password", "",
                    "quarkus.datasource.jdbc.url", "jdbc:h2:mem:generated-admin;DB_CLOSE_DELAY=-1",
                    "quarkus.log.file.enabled", "true",
                    "quarkus.log.file.path", LOG.toString());
        }
    }

    @Test
    void shouldPrintAGeneratedPasswordOnceThatSignsIn() throws IOException {
        String log = Files.readString(LOG);
        Matcher printed = Pattern.compile("account \"admin\" with the password +(\\S+)").matcher(log);
        assertTrue(printed.find(), log);
        String password = printed.group(1);
        assertEquals(20, password.length());
        assertEquals(1, log.split(Pattern.quote(password), -1).length - 1, "printed exactly once");
        assertEquals(1, Account.count());
        given().auth().preemptive().basic("admin", password).get("/api/account").then().statusCode(200);
        given().auth().preemptive().basic("admin", dev.tandem.testing.AdminCredentials.PASSWORD)
                .get("/api/account").then().statusCode(401);
    }
}
