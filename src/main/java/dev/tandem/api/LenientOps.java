// SPDX-License-Identifier: Apache-2.0
package dev.tandem.api;

import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.deser.DeserializationProblemHandler;
import com.fasterxml.jackson.databind.jsontype.TypeIdResolver;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.util.Locale;

/**
 * Reads an edit's {@code op} as the API always has: in any case and with spaces around it ({@code " Merge-Pairs"} is
 * {@code merge-pairs}). Jackson matches type names exactly; this handler is asked only when it found none.
 */
@Singleton
public class LenientOps extends DeserializationProblemHandler implements ObjectMapperCustomizer {

    @Override
    public void customize(ObjectMapper mapper) {
        mapper.addHandler(this);
    }

    @Override
    public JavaType handleUnknownTypeId(DeserializationContext context, JavaType baseType, String typeId,
                                        TypeIdResolver resolver, String failure) throws IOException {
        if (baseType.hasRawClass(EditRequest.class) && typeId != null) {
            String op = typeId.strip().toLowerCase(Locale.ROOT);
            if (!op.equals(typeId) && EditRequest.ops().contains(op)) {
                return resolver.typeFromId(context, op);
            }
        }
        return null;
    }
}
