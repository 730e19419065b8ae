// SPDX-License-Identifier: Apache-2.0
package dev.tandem.api;

import dev.tandem.service.InvalidInputException;
import jakarta.ws.rs.core.EntityTag;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
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
        if (ifMatch == null || ifMatch.isBlank() || ifMatch.strip().equals("*")) {
            return null;
        }
        var stamps = new ArrayList<String>();
        Matcher matcher = TAG.matcher(ifMatch);
        boolean any = false;
        while (matcher.find()) {
            any = true;
            if (matcher.group(1) == null && matcher.group(2).equals(Long.toString(projectId))) {
                stamps.add(matcher.group(3));
            }
        }
        if (!any && UNQUOTED.matcher(ifMatch).find()) {
            throw new InvalidInputException("If-Match", "If-Match holds a tag without its quotes (" + ifMatch.strip()
                    + "): send the ETag of GET /api/projects/" + projectId + " exactly as it came, quotes included.");
        }
        return stamps;
    }
}
