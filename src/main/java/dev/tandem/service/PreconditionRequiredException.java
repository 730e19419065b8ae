// SPDX-License-Identifier: Apache-2.0
package dev.tandem.service;

/**
 * A write to a document that does not name the version it was made on (neither {@code baseVersion} nor an ETag in
 * {@code If-Match}). Refused, since it could silently overwrite or take back a change made meanwhile by someone
 * else: HTTP 428 Precondition Required (RFC 6585). Nothing was changed.
 */
public class PreconditionRequiredException extends RuntimeException {
    /** @param baseVersionWhere where this request carries {@code baseVersion}: "in the body", "in the query (…)" */
    public PreconditionRequiredException(String what, String baseVersionWhere) {
        super(what + " must name the document version it was made on: send baseVersion " + baseVersionWhere
                + " (the version from GET /api/documents/{id}) or that answer's ETag in If-Match. Nothing was changed: without it, "
                + "the change could take back or overwrite an edit someone made since. (If-Match: * names no version.)");
    }
}
