// SPDX-License-Identifier: Apache-2.0
package dev.tandem.api;

import jakarta.ws.rs.core.EntityTag;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Entity tags of projects: {@code "p<id>-<stamp>"}, the stamp a digest of the project's documents' versions and its
 * dictionaries ({@link dev.tandem.service.ProjectService#stamp}).
 */
final class ProjectTags {
    private static final Pattern TAG = Pattern.compile("(W/)?\"p(\\d{1,18})-([0-9a-f]{16})\"");
    private static final Pattern UNQUOTED = Pattern.compile("(^|[\\s,])(W/)?p\\d{1,18}-[0-9a-f]{16}($|[\\s,])");

    private ProjectTags() {
    }

    static EntityTag of(long projectId, String stamp) {
        return new EntityTag("p" + projectId + "-" + stamp);
    }

    /**
     * The stamps of project {@code projectId} an {@code If-Match} header accepts; null when there is none or it is
     * {@code *} (which names no state of the project, as for documents: {@link DocumentTags#acceptedVersions}).
     */
    static List<String> acceptedStamps(String ifMatch, long projectId) {
        return IfMatch.accepted(ifMatch, TAG, UNQUOTED, Long.toString(projectId),
                "send the ETag of GET /api/projects/" + projectId + " exactly as it came, quotes included.");
    }
}
