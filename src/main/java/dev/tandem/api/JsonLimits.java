// SPDX-License-Identifier: Apache-2.0
package dev.tandem.api;

import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.jackson.ObjectMapperCustomizer;
import io.quarkus.runtime.configuration.MemorySize;
import jakarta.inject.Singleton;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Lets JSON strings be as long as a request may be. Jackson's own cap (20 M characters) would refuse a long text with
 * a parser error before Tandem's limits ({@code tandem.import.max-chars}) could answer with a 413 that names the
 * limit; the request size ({@code quarkus.http.limits.max-body-size}) still bounds what is read.
 */
@Singleton
public class JsonLimits implements ObjectMapperCustomizer {
    @ConfigProperty(name = "quarkus.http.limits.max-body-size")
    MemorySize maxBodySize;

    @Override
    public void customize(ObjectMapper mapper) {
        int longest = (int) Math.min(Integer.MAX_VALUE, maxBodySize.asLongValue());
        mapper.getFactory().setStreamReadConstraints(StreamReadConstraints.builder()
                .maxStringLength(Math.max(longest, StreamReadConstraints.DEFAULT_MAX_STRING_LEN)).build());
    }
}
