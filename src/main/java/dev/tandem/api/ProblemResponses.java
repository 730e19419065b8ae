// SPDX-License-Identifier: Apache-2.0
package dev.tandem.api;

import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.media.Schema.SchemaType;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;
import org.eclipse.microprofile.openapi.models.security.SecurityScheme;

/**
 * Completes the API document (mp.openapi.filter) with what annotations would repeat on every operation: the errors
 * any /api call can give, and a problem+json body for every error. Errors particular to a call (409, 412, 422, …)
 * stay annotated on the resource method, whose description says when they happen.
 */
public class ProblemResponses implements OASFilter {
    private static final String SCHEMAS = "#/components/schemas/";
    /** Errors whose problem carries more than {@link Problem}. */
    private static final Map<String, String> RICHER = Map.of("409", "ConflictProblem", "412", "PreconditionProblem");

    @Override
    public void filterOpenAPI(OpenAPI api) {
        if (api.getComponents() == null) {
            api.setComponents(OASFactory.createComponents());
        }
        api.getComponents()
                .addSchema("Problem", problem())
                .addSchema("ConflictProblem", extended("The 409 of a stale baseVersion: nothing was changed",
                        "currentVersion", integer(), "edits", OASFactory.createSchema().addType(SchemaType.ARRAY)
                                .items(OASFactory.createSchema().ref(SCHEMAS + "EditView"))
                                .description("The edits made since baseVersion, oldest first")))
                .addSchema("PreconditionProblem", extended("The 412 of an If-Match naming another version: nothing "
                        + "was changed", "currentVersion", integer(), "etag", text("The document's current ETag")))
                .addSecurityScheme("basic", OASFactory.createSecurityScheme().type(SecurityScheme.Type.HTTP)
                        .scheme("basic").description("An account's username and password"))
                .addSecurityScheme("bearer", OASFactory.createSecurityScheme().type(SecurityScheme.Type.HTTP)
                        .scheme("bearer").description("A personal API token (POST /api/tokens, or /account)"));
        // Every /api call takes either; a browser's session cookie also works, with the X-CSRF-Token header.
        api.setSecurity(List.of(OASFactory.createSecurityRequirement().addScheme("basic"),
                OASFactory.createSecurityRequirement().addScheme("bearer")));
        api.getPaths().getPathItems().forEach((path, item) -> {
            if (path.startsWith("/api/")) {
                item.getOperations().values().forEach(operation -> complete(path, operation));
            }
        });
    }

    private static void complete(String path, Operation operation) {
        APIResponses responses = operation.getResponses();
        boolean body = operation.getRequestBody() != null;
        List<Parameter> parameters = operation.getParameters() == null ? List.of() : operation.getParameters();
        if (body || parameters.stream().anyMatch(p -> p.getIn() == Parameter.In.QUERY)) {
            add(responses, "400", "Malformed request: wrong JSON, a wrong type or a bad value; field names the input");
        }
        add(responses, "401", "Not signed in: send HTTP Basic credentials or a Bearer token");
        add(responses, "403", "Signed in, but without the role this call needs");
        if (path.contains("{")) {
            add(responses, "404", "No such project, document or pair, or one not shared with you");
        }
        if (body) {
            add(responses, "413", "The request is over the size limit (quarkus.http.limits.max-body-size)");
            add(responses, "415", "A Content-Type this call does not take");
        }
        add(responses, "500", "A failure of the server's own; instance is its id in the server log");
        responses.getAPIResponses().forEach((code, response) -> {
            if (code.startsWith("4") || code.startsWith("5")) {
                Schema schema = OASFactory.createSchema().ref(SCHEMAS + RICHER.getOrDefault(code, "Problem"));
                response.setContent(OASFactory.createContent().addMediaType(Problem.MEDIA_TYPE,
                        OASFactory.createMediaType().schema(schema)));
            }
        });
    }

    private static void add(APIResponses responses, String code, String description) {
        if (!responses.hasAPIResponse(code)) {
            responses.addAPIResponse(code, OASFactory.createAPIResponse().description(description));
        }
    }

    private static Schema problem() {
        return OASFactory.createSchema().addType(SchemaType.OBJECT)
                .description("An RFC 9457 problem detail: what went wrong, in words a user can act on")
                .addProperty("type", text("about:blank"))
                .addProperty("title", text("The HTTP status phrase"))
                .addProperty("status", integer())
                .addProperty("detail", text("What is wrong and how to fix it"))
                .addProperty("field", text("The input at fault (a JSON field, form field or query parameter), if any"))
                .addProperty("instance", text("A server error's id (urn:uuid:…), also in the server log's line for it"))
                .required(List.of("type", "title", "status"));
    }

    private static Schema extended(String description, String name, Schema schema, String name2, Schema schema2) {
        return OASFactory.createSchema().description(description).allOf(List.of(
                OASFactory.createSchema().ref(SCHEMAS + "Problem"),
                OASFactory.createSchema().addType(SchemaType.OBJECT).addProperty(name, schema).addProperty(name2, schema2)));
    }

    private static Schema text(String description) {
        return OASFactory.createSchema().addType(SchemaType.STRING).description(description);
    }

    private static Schema integer() {
        return OASFactory.createSchema().addType(SchemaType.INTEGER).format("int64");
    }
}
