// SPDX-License-Identifier: Apache-2.0
package dev.tandem.api;

import dev.tandem.model.ApiToken;
import dev.tandem.service.TokenService;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.OffsetDateTime;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestPath;

/**
 * The caller's personal API tokens, for scripts: {@code Authorization: Bearer <token>}. Admins manage other people's
 * under {@link UserResource}.
 */
@Path("/api/tokens")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Tokens")
@NoProjectRole("the caller's own tokens only")
public class TokenResource {
    @Inject
    TokenService tokens;

    public record TokenRequest(String name,
                               @Schema(description = "true: the token may read and export (GET, and POST /api/align)"
                                       + " but change nothing; default false") Boolean readOnly,
                               @Schema(nullable = true, description = "Days until the token stops working, 1–3650;"
                                       + " left out: until revoked") Integer expiresInDays) {
    }

    /** {@code token} is present only in the answer to the creation: it is not stored. */
    public record TokenResponse(long id, String name, OffsetDateTime createdAt,
                                @Schema(nullable = true, description = "null until first used") OffsetDateTime lastUsedAt,
                                boolean readOnly,
                                @Schema(nullable = true, description = "When it stops working; null: when revoked")
                                OffsetDateTime expiresAt,
                                @Schema(nullable = true, description = "The secret, in the answer that creates the token"
                                        + " only; null in lists") String token) {
        static TokenResponse of(ApiToken token, String secret) {
            return new TokenResponse(token.id, token.name, token.createdAt, token.lastUsedAt, token.readOnly,
                    token.expiresAt, secret);
        }
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Create a personal API token; the token is shown only in this answer. Only with the password"
            + " (Basic) or a browser session: a token cannot create tokens")
    @APIResponse(responseCode = "201", description = "Created; token is shown only here",
            headers = @Header(name = HttpHeaders.LOCATION, description = "/api/tokens/{id}, the new token"),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = TokenResponse.class)))
    @APIResponse(responseCode = "400", description = "Missing or over-long name, one that is not one line, or"
            + " expiresInDays outside 1–3650")
    @APIResponse(responseCode = "403", description = "The request was signed in with an API token")
    public Response create(TokenRequest request) {
        var created = request == null ? tokens.create(null, TokenService.Grant.FULL)
                : tokens.create(request.name(), new TokenService.Grant(Boolean.TRUE.equals(request.readOnly()),
                        request.expiresInDays()));
        return Response.created(URI.create("/api/tokens/" + created.token().id))
                .entity(TokenResponse.of(created.token(), created.secret())).build();
    }

    @GET
    @Operation(summary = "List one's own tokens (without their secrets)")
    public List<TokenResponse> list() {
        return tokens.listOwn().stream().map(t -> TokenResponse.of(t, null)).toList();
    }

    @GET
    @Path("/{tokenId}")
    @Operation(summary = "One of one's own tokens, without its secret (where creating it points)")
    @APIResponse(responseCode = "200", description = "Found", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = TokenResponse.class)))
    @APIResponse(responseCode = "404", description = "No such token of the caller")
    public TokenResponse get(@RestPath long tokenId) {
        return TokenResponse.of(tokens.findOwn(tokenId), null);
    }

    @DELETE
    @Path("/{tokenId}")
    @Operation(summary = "Revoke one of one's own tokens (admins revoke others' under /api/users/{username}/tokens)")
    @APIResponse(responseCode = "204", description = "Revoked")
    @APIResponse(responseCode = "404", description = "No such token of the caller")
    public void revoke(@RestPath long tokenId) {
        tokens.revoke(tokenId);
    }
}
