// SPDX-License-Identifier: Apache-2.0
package dev.tandem.testing;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.nio.file.Path;
import java.util.Map;

/**
 * An H2 database in a file under target/, for tests that need one (a file to scan for plain-text passwords, a file
 * to back up); the other tests run on an in-memory database. H2 only: CI's PostgreSQL run leaves these tests out.
 */
public class FileDatabase implements QuarkusTestProfile {
    public static final Path DIRECTORY = Path.of("target", "file-database");

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("quarkus.datasource.jdbc.url",
                "jdbc:h2:file:./" + DIRECTORY.resolve("tandem") + ";DB_CLOSE_ON_EXIT=FALSE");
    }
}
