// SPDX-License-Identifier: Apache-2.0
package dev.tandem.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;

/**
 * The real dictionaries that {@code ../shared/eval/get-dictionaries.sh} fetches (CC-CEDICT, FreeDict deu-fra and
 * hun-eng), for tests and benchmarks: in {@code -Dtandem.dicts.dir}, else {@code ~/.cache/tandem-dicts}. A test
 * that needs one skips with a message when it is absent, unless {@code -Dtandem.require-dictionaries=true} (CI,
 * which fetches them) makes that a failure.
 */
public final class EvalDictionaries {
    private EvalDictionaries() {
    }

    public static Path dir() {
        String configured = System.getProperty("tandem.dicts.dir");
        return configured != null ? Path.of(configured)
                : Path.of(System.getProperty("user.home"), ".cache", "tandem-dicts");
    }

    /** CC-CEDICT in its text format. */
    public static Path cedict() {
        return dir().resolve("cedict_ts.u8");
    }

    /** The dictd index of a FreeDict dictionary such as {@code deu-fra}. */
    public static Path freedictIndex(String pair) {
        return dir().resolve("freedict-" + pair + ".index");
    }

    /** The dictzip data of a FreeDict dictionary such as {@code deu-fra}. */
    public static Path freedictDict(String pair) {
        return dir().resolve("freedict-" + pair + ".dict.dz");
    }

    /** Skips the calling test (or fails it, where they are required) when a file is missing. */
    public static void assumePresent(Path... files) {
        for (Path file : files) {
            if (!Files.isReadable(file)) {
                String message = file + " is absent: run ../shared/eval/get-dictionaries.sh to fetch it";
                if (Boolean.getBoolean("tandem.require-dictionaries")) {
                    Assertions.fail(message + " (-Dtandem.require-dictionaries=true)");
                }
                Assumptions.abort("skipped: " + message);
            }
        }
    }

    /** Whether every file is there (for benchmarks, which print a line instead of skipping). */
    public static boolean present(Path... files) {
        for (Path file : files) {
            if (!Files.isReadable(file)) {
                return false;
            }
        }
        return true;
    }
}
