// SPDX-License-Identifier: Apache-2.0
package dev.tandem.config;

import dev.tandem.align.AlignerSettings;
import io.quarkus.runtime.configuration.MemorySize;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import io.smallrye.config.WithName;
import java.time.Duration;
import java.util.Optional;

/**
 * Tandem's settings ({@code tandem.*}), a group per concern. Set them in {@code application.properties}, as system
 * properties ({@code -Dtandem.upload.max-bytes=128M}) or as environment variables ({@code TANDEM_UPLOAD_MAX_BYTES}).
 * Defaults are here, and in the README's configuration table.
 */
@ConfigMapping(prefix = "tandem")
public interface TandemConfig {

    /** Where the H2 database lies (default {@code ./data}, relative to the working directory). */
    @WithDefault("./data")
    String dataDir();

    /**
     * Free space in the data directory below which readiness reports DOWN (default 100M), before the database's
     * writes start failing. Only for the embedded H2 database, whose file lies there.
     */
    @WithDefault("100M")
    MemorySize dataDirMinFree();

    /**
     * The embedded H2 database's page cache in KB (default 262144, 256 MB), used in its JDBC URL. It fills only as far
     * as the database is read; H2's own default (16 MB) holds less than one 110,000-pair document.
     */
    @WithName("h2-cache-kb")
    @WithDefault("262144")
    int h2CacheKb();

    Upload upload();

    /** {@code tandem.requests.*}: how many interactive requests work at once. */
    Requests requests();

    /** {@code tandem.search.*}: the concordance's index. */
    Search search();

    @WithName("import")
    ImportLimits imports();

    Session session();

    /** {@code tandem.login.*}: sign-in throttling. */
    @WithName("login")
    SignInLimits signIn();

    Admin admin();

    Aligner aligner();

    /** {@code tandem.search.*} */
    interface Search {
        /**
         * Whether an instance brings its kept index up to date in the background as it starts and after each import
         * (default true), so that the first search after a restart or an import does not wait for it; off in tests,
         * whose statements are counted.
         */
        @WithDefault("true")
        boolean warmUp();
    }

    /** {@code tandem.requests.*} */
    interface Requests {
        /**
         * How many review pages, pages of pairs and edits work at once (default 0: four per processor core); the
         * others wait their turn, first come first served.
         */
        @WithDefault("0")
        int concurrent();

        /**
         * How long a request waits for its turn before it is answered 503 with {@code Retry-After} (default 20s; 0:
         * at once when every turn is taken).
         */
        @WithDefault("PT20S")
        Duration maxWait();

        /** The turns on a machine of {@code cores} cores; refused at start when the setting is negative. */
        default int turns(int cores) {
            if (concurrent() < 0) {
                throw new IllegalArgumentException("tandem.requests.concurrent is " + concurrent()
                        + ": give how many interactive requests may work at once, or 0 for four per core");
            }
            return concurrent() > 0 ? concurrent() : 4 * cores;
        }

        /** {@link #maxWait()}, refused at start when negative. */
        default Duration checkedMaxWait() {
            if (maxWait().isNegative()) {
                throw new IllegalArgumentException("tandem.requests.max-wait is " + maxWait()
                        + ": give how long a request may wait for its turn, e.g. PT20S, or PT0S for not at all");
            }
            return maxWait();
        }
    }

    /** {@code tandem.upload.*} */
    interface Upload {
        /** Largest file accepted per side of an upload or per dictionary file (default 64M); larger ones get 413. */
        @WithDefault("64M")
        MemorySize maxBytes();
    }

    /** {@code tandem.session.*}: browser sessions. */
    interface Session {
        /** A session unused this long ends (default 12 hours). */
        @WithDefault("PT12H")
        Duration idleTimeout();

        /** A session ends this long after sign-in, used or not (default 14 days). */
        @WithDefault("P14D")
        Duration maxAge();

        /**
         * Whether the session cookie is {@code Secure}. Unset: when the request came over HTTPS (behind a proxy,
         * enable Quarkus's proxy forwarding so that it can tell).
         */
        Optional<Boolean> secureCookie();
    }

    /** {@code tandem.login.*}: how wrong passwords slow down whoever tries them. */
    interface SignInLimits {
        /**
         * Wrong passwords for one account within {@link #window()} before it is locked (default 5); one address may
         * make ten times as many, over all accounts.
         */
        @WithDefault("5")
        int maxFailures();

        /** The first lock; each further wrong password doubles it, up to {@link #window()} (default 1 minute). */
        @WithDefault("PT1M")
        Duration lock();

        /** How long a wrong password counts (default 15 minutes). */
        @WithDefault("PT15M")
        Duration window();
    }

    /** {@code tandem.admin.*}: the first administrator, created on the first start with an empty database. */
    interface Admin {
        /** Its user name (default {@code admin}). */
        @WithDefault("admin")
        String username();

        /** Its password; unset: a generated one, printed once to the log. */
        Optional<String> initialPassword();
    }

    /**
     * {@code tandem.aligner.*}: the sentence aligner's tuning ({@link AlignerSettings} documents each). The defaults
     * are those measured best on the development sets ({@link AlignerSettings#defaults()}, which a test holds equal to
     * these); change them only with the benchmark's figures at hand.
     */
    interface Aligner {
        /** Initial half-width of the search band, in target sentences (default 30); it widens by itself. */
        @WithDefault("30")
        int bandRadius();

        /** A path this close to the band's edge makes it widen (default 5). */
        @WithDefault("5")
        int bandMargin();

        /** Factor by which the band widens (default 2). */
        @WithDefault("2.0")
        double bandGrowth();

        /** In [0, 1]: how far bead priors follow the document's sentence-count ratio (default 1). */
        @WithDefault("1.0")
        double countRatioStrength();

        /** Gale–Church length variance s² per character of the first pass (default 6.8). */
        @WithDefault("6.8")
        double lengthVariance();

        /** Whether s² is re-estimated from the document (default true). */
        @WithDefault("true")
        boolean estimateVariance();

        /** Factor on the estimated s² (default 4). */
        @WithDefault("4.0")
        double varianceScale();

        /** Cost of a paragraph boundary inside a pair (default 4). */
        @WithDefault("4.0")
        double paragraphCrossingCost();

        /** Cost of a pair ending a paragraph on one side only (default 3). */
        @WithDefault("3.0")
        double paragraphMismatchCost();

        /** Temperature of the posteriors used as confidence (default 1: the model's own). */
        @WithDefault("1.0")
        double confidenceTemperature();

        /** A shape whose adapted prior is below this is rare (default 0.03). */
        @WithDefault("0.03")
        double rareShapePrior();

        /** Highest confidence of a pair of a rare shape (default 0.85; 1 switches the cap off). */
        @WithDefault("0.85")
        double rareShapeConfidence();

        /** Weight of word-translation evidence, the document's own and the project's (default 0.5; 0: off). */
        @WithDefault("0.5")
        double lexiconWeight();

        /** Cost per number on one side without its equal on the other (default 2; 0: off). */
        @WithDefault("2.0")
        double unmatchedNumberCost();

        /** Cost per difference in question, exclamation, colon and quotation marks (default 1; 0: off). */
        @WithDefault("1.0")
        double punctuationMismatchCost();

        /** Cost per word shared by the two texts without its partner (default 2; 0: off). */
        @WithDefault("2.0")
        double unmatchedSharedWordCost();

        /** Cost per name without its transliterated partner, across scripts (default 2; 0: off). */
        @WithDefault("2.0")
        double unmatchedNameCost();

        /** Cost per cognate without its partner, between alphabets (default 1; 0: off). */
        @WithDefault("1.0")
        double unmatchedCognateCost();

        /** These settings with the default bead shapes and priors; refused at start when out of range. */
        default AlignerSettings settings() {
            return new AlignerSettings(AlignerSettings.DEFAULT_BEAD_TYPES, AlignerSettings.DEFAULT_EXTRA_BEAD_TYPES,
                    countRatioStrength(), bandRadius(), bandMargin(), bandGrowth(), lengthVariance(),
                    estimateVariance(), varianceScale(), paragraphCrossingCost(), paragraphMismatchCost(),
                    confidenceTemperature(), rareShapePrior(), rareShapeConfidence(),
                    new AlignerSettings.AnchorCosts(unmatchedNumberCost(), punctuationMismatchCost(),
                            unmatchedSharedWordCost(), unmatchedNameCost(), unmatchedCognateCost()),
                    lexiconWeight());
        }
    }
}
