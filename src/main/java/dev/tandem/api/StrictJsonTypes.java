// SPDX-License-Identifier: Apache-2.0
package dev.tandem.api;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.type.LogicalType;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;

/**
 * Reads JSON scalars only as their own type: {@code {"name": 123}}, {@code {"pair": "7"}} or {@code {"x": true}} for
 * a string are refused (a 400 naming the field, see {@link ProblemMappers#mismatchedJson}) instead of becoming
 * {@code "123"}, 7 or {@code "true"}, and a fraction where a whole number belongs ({@code {"baseVersion": 1.5}}) is
 * refused instead of cut to 1. Jackson coerces by default; a client that sends the wrong type has a bug that a silent
 * conversion would hide. A whole number where a fraction belongs stays valid: JSON has one number type. Likewise a
 * field the call does not know, and a field given twice, are refused rather than ignored.
 */
@Singleton
public class StrictJsonTypes implements ObjectMapperCustomizer {

    @Override
    public void customize(ObjectMapper mapper) {
        // a misspelt field ({"target_language": "fr"}) or one given twice is the client's bug too: refused, not
        // ignored (a project made into English, a threshold left at its default); the server's own stored JSON is
        // read leniently where it is read (ChangeRecord.of, EditRequest.read for forms, ProjectArchiveReader)
        mapper.enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
        mapper.enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
        // strings to numbers and booleans, numbers to booleans
        mapper.configure(MapperFeature.ALLOW_COERCION_OF_SCALARS, false);
        mapper.disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT);
        // numbers and booleans to strings, which the feature above leaves alone
        mapper.coercionConfigFor(LogicalType.Textual)
                .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail);
    }
}
