// SPDX-License-Identifier: Apache-2.0
package dev.tandem.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tandem.align.AlignerSettings;
import io.quarkus.runtime.configuration.MemorySize;
import io.quarkus.runtime.configuration.MemorySizeConverter;
import io.smallrye.config.PropertiesConfigSource;
import io.smallrye.config.SmallRyeConfig;
import io.smallrye.config.SmallRyeConfigBuilder;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The settings mapping read the way Quarkus reads it (SmallRye Config), without starting the application. */
class TandemConfigTest {

    private static TandemConfig read(Map<String, String> properties) {
        SmallRyeConfig config = new SmallRyeConfigBuilder()
                .withMapping(TandemConfig.class)
                .withConverter(MemorySize.class, 100, new MemorySizeConverter())
                .withSources(new PropertiesConfigSource(properties, "test", 100))
                .build();
        return config.getConfigMapping(TandemConfig.class);
    }

    @Test
    void defaultsShouldBeTheAlignersMeasuredDefaults() {
        assertEquals(AlignerSettings.defaults(), read(Map.of()).aligner().settings());
    }

    @Test
    void defaultsShouldBeThoseTheReadmeStates() {
        TandemConfig config = read(Map.of());
        assertEquals("./data", config.dataDir());
        assertEquals(64L << 20, config.upload().maxBytes().asLongValue());
        assertEquals(20_000_000, config.imports().maxChars());
        assertEquals(Duration.ofHours(12), config.session().idleTimeout());
        assertFalse(config.session().secureCookie().isPresent());
        assertEquals(5, config.signIn().maxFailures());
        assertEquals("admin", config.admin().username());
        assertTrue(config.admin().initialPassword().isEmpty());
        assertTrue(config.search().warmUp());
    }

    @Test
    void shouldReadEachGroupUnderItsPropertyNames() {
        TandemConfig config = read(Map.of("tandem.import.max-chars", "1000", "tandem.login.max-failures", "3",
                "tandem.session.secure-cookie", "true", "tandem.aligner.lexicon-weight", "0",
                "tandem.aligner.unmatched-number-cost", "0.5"));
        assertEquals(1000, config.imports().maxChars());
        assertEquals(3, config.signIn().maxFailures());
        assertTrue(config.session().secureCookie().orElseThrow());
        AlignerSettings settings = config.aligner().settings();
        assertEquals(0.0, settings.lexiconWeight());
        assertEquals(0.5, settings.anchorCosts().unmatchedNumber());
        assertEquals(AlignerSettings.defaults().bandRadius(), settings.bandRadius());
    }

    @Test
    void requestTurnsShouldBeFourPerCoreUnlessSetAndRefusedWhenNegative() {
        assertEquals(8, read(Map.of()).requests().turns(2));
        assertEquals(3, read(Map.of("tandem.requests.concurrent", "3")).requests().turns(2));
        assertEquals(Duration.ZERO, read(Map.of("tandem.requests.max-wait", "PT0S")).requests().maxWait());
        var concurrent = assertThrows(IllegalArgumentException.class,
                () -> read(Map.of("tandem.requests.concurrent", "-1")).requests().turns(2));
        assertTrue(concurrent.getMessage().startsWith("tandem.requests.concurrent is -1"), concurrent.getMessage());
        var wait = assertThrows(IllegalArgumentException.class,
                () -> read(Map.of("tandem.requests.max-wait", "-PT1S")).requests().checkedMaxWait());
        assertTrue(wait.getMessage().startsWith("tandem.requests.max-wait is PT-1S"), wait.getMessage());
    }

    @Test
    void anAlignerSettingOutOfRangeShouldBeRefusedWithItsName() {
        TandemConfig config = read(Map.of("tandem.aligner.rare-shape-confidence", "2"));
        var e = assertThrows(IllegalArgumentException.class, () -> config.aligner().settings());
        assertTrue(e.getMessage().contains("rareShapeConfidence"), e.getMessage());
    }
}
