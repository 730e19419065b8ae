// SPDX-License-Identifier: Apache-2.0
package dev.tandem.api;

import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.jackson.ObjectMapperCustomizer;
import io.quarkus.runtime.configuration.MemorySizeConverter;
import jakarta.inject.Singleton;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Lets JSON strings be as long as a request may be. Jackson's own cap (20 M characters) would refuse a long text with
 * a parser error before Tandem's limits ({@code tandem.import.max-chars}) could answer with a 413 that names the
 * limit; the request size ({@code quarkus.http.limits.max-body-size}) still bounds what is read.
 */
@Singleton
public class JsonLimits implements ObjectMapperCustomizer {
    /**
     * Read as text: a value the HTTP layer cannot convert ("10 MB") failed here first, as the JSON mapper is made,
     * with a 70-line trace before Tandem's logging was set up; now the HTTP layer refuses it in Tandem's one line
     * ({@code StartFailureFilter}).
     */
    @ConfigProperty(name = "quarkus.http.limits.max-body-size", defaultValue = "10M")
    String maxBodySize;

    @Override
    public void customize(ObjectMapper mapper) {
        long bytes;
        try {
            bytes = new MemorySizeConverter().convert(maxBodySize).asLongValue();
        } catch (IllegalArgumentException e) {
            return; // Jackson's own cap stands; the start fails on the value anyway
        }
        int longest = (int) Math.min(Integer.MAX_VALUE, bytes);
        mapper.getFactory().setStreamReadConstraints(StreamReadConstraints.builder()
                .maxStringLength(Math.max(longest, StreamReadConstraints.DEFAULT_MAX_STRING_LEN)).build());
    }
}
