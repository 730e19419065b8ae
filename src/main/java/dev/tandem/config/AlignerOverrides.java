// SPDX-License-Identifier: Apache-2.0
package dev.tandem.config;

import dev.tandem.align.AlignerSettings;
import io.smallrye.config.ConfigValidationException;
import io.smallrye.config.PropertiesConfigSource;
import io.smallrye.config.SmallRyeConfig;
import io.smallrye.config.SmallRyeConfigBuilder;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.eclipse.microprofile.config.Config;

/**
 * The installation's aligner settings with some of them replaced for one request. The replacements are named as in
 * {@code tandem.aligner.*} ({@code lexicon-weight}, {@code band-radius}, …) and read through the same mapping as the
 * installation's own, so names, types, defaults and ranges are checked the same way in both places.
 */
public final class AlignerOverrides {
    private static final String PREFIX = "tandem.aligner";

    /** The names a request may set: {@link TandemConfig.Aligner}'s settings in kebab case. */
    public static final List<String> NAMES = Arrays.stream(TandemConfig.Aligner.class.getDeclaredMethods())
            .filter(method -> Modifier.isAbstract(method.getModifiers()))
            .map(Method::getName).map(AlignerOverrides::kebab).sorted().toList();

    private AlignerOverrides() {
    }

    /**
     * The settings of {@code installation} with {@code overrides} (name → value as text) applied.
     *
     * @throws IllegalArgumentException naming the setting, for an unknown name, a value of the wrong type or one out
     *                                  of range
     */
    public static AlignerSettings apply(Config installation, Map<String, String> overrides) {
        Map<String, String> properties = new HashMap<>();
        for (String name : installation.getPropertyNames()) {
            if (name.startsWith(PREFIX + ".")) {
                installation.getOptionalValue(name, String.class).ifPresent(value -> properties.put(name, value));
            }
        }
        overrides.forEach((name, value) -> {
            if (!NAMES.contains(name)) {
                throw new IllegalArgumentException("'" + name + "' is not an aligner setting; the settings are "
                        + String.join(", ", NAMES) + ".");
            }
            properties.put(PREFIX + "." + name, value);
        });
        SmallRyeConfig config;
        try {
            config = new SmallRyeConfigBuilder().withMapping(TandemConfig.Aligner.class, PREFIX)
                    .withSources(new PropertiesConfigSource(properties, "request", 100)).build();
        } catch (ConfigValidationException e) {
            // SmallRye nests the converter's words ("Expected an integer value, got "1.5"") in its own: keep those.
            String problem = e.getProblem(0).getMessage();
            String name = overrides.keySet().stream().filter(key -> problem.contains(PREFIX + "." + key + " "))
                    .findFirst().orElse("a setting");
            String reason = problem.substring(Math.max(0, problem.lastIndexOf("SRCFG"))).replaceFirst("^SRCFG\\d+: ", "");
            throw new IllegalArgumentException(name + ": " + reason, e);
        }
        return config.getConfigMapping(TandemConfig.Aligner.class, PREFIX).settings();
    }

    private static String kebab(String camel) {
        return camel.replaceAll("([a-z0-9])([A-Z])", "$1-$2").toLowerCase(Locale.ROOT);
    }
}
