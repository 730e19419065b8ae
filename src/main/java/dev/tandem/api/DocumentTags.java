// SPDX-License-Identifier: Apache-2.0
package dev.tandem.api;

import jakarta.ws.rs.core.EntityTag;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.resteasy.reactive.RestResponse;

/**
 * Entity tags of documents: {@code "d<id>-v<version>"}. The version grows with every change, so the tag is strong
 * and needs no hashing of the (large) representation.
 */
final class DocumentTags {
    private static final Pattern TAG = Pattern.compile("(W/)?\"d(\\d{1,18})-v(\\d{1,18})\"");
    private static final Pattern UNQUOTED = Pattern.compile("(^|[\\s,])(W/)?d\\d{1,18}-v\\d{1,18}($|[\\s,])");

    private DocumentTags() {
    }

    static EntityTag of(long documentId, long version) {
        return new EntityTag("d" + documentId + "-v" + version);
    }

    /**
     * The versions of document {@code documentId} an {@code If-Match} header accepts; null when there is no header
     * or it is {@code *}. Weak tags never match (RFC 9110 §13.1.1), nor do tags of other documents: an empty list.
     * <p>
     * {@code *} counts as no precondition: it only asks that the document exist (RFC 9110 §13.1.1), so it names no
     * version and cannot prevent a lost update, which is what the precondition that writes need is for (RFC 6585
     * §3: 428). A write with {@code If-Match: *} and no {@code baseVersion} is therefore answered 428.
     */
    static List<Long> acceptedVersions(String ifMatch, long documentId) {
        List<String> versions = IfMatch.accepted(ifMatch, TAG, UNQUOTED, Long.toString(documentId),
                "send the ETag exactly as it came, quotes included, e.g. If-Match: \"d" + documentId + "-v1\".");
        return versions == null ? null : versions.stream().map(Long::parseLong).toList();
    }

    /** Whether {@code If-None-Match} names this representation (weak comparison, as RFC 9110 §13.1.2 asks). */
    static boolean noneMatchHits(String ifNoneMatch, long documentId, long version) {
        if (ifNoneMatch == null || ifNoneMatch.isBlank()) {
            return false;
        }
        if (ifNoneMatch.strip().equals("*")) {
            return true;
        }
        Matcher matcher = TAG.matcher(ifNoneMatch);
        while (matcher.find()) {
            if (matcher.group(2).equals(Long.toString(documentId)) && matcher.group(3).equals(Long.toString(version))) {
                return true;
            }
        }
        return false;
    }

    /** A 200 answer carrying the ETag of the document version it describes. */
    static <T> RestResponse<T> ok(T body, long documentId, long version) {
        return RestResponse.ResponseBuilder.ok(body).tag(of(documentId, version)).build();
    }
}
