// SPDX-License-Identifier: Apache-2.0
package dev.tandem.api;

import dev.tandem.service.InvalidInputException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads an {@code If-Match} header for the tags of one resource ({@link DocumentTags}, {@link ProjectTags}). */
final class IfMatch {
    private IfMatch() {
    }

    /**
     * The state part (group 3) of every strong tag in {@code ifMatch} that {@code tag} matches with {@code id} as its
     * group 2; null when there is no header or it is {@code *}, which names no state (RFC 9110 §13.1.1), so cannot
     * prevent a lost update. Weak tags (group 1) and other resources' tags never match: an empty list.
     *
     * @throws InvalidInputException when the header holds such a tag without its quotes ({@code unquoted} matches),
     *                               with {@code unquotedAdvice} after the header's text (found by use: the retries of
     *                               a 412 for an unquoted tag never succeeded)
     */
    static List<String> accepted(String ifMatch, Pattern tag, Pattern unquoted, String id, String unquotedAdvice) {
        if (ifMatch == null || ifMatch.isBlank() || ifMatch.strip().equals("*")) {
            return null;
        }
        var states = new ArrayList<String>();
        Matcher matcher = tag.matcher(ifMatch);
        boolean any = false;
        while (matcher.find()) {
            any = true;
            if (matcher.group(1) == null && matcher.group(2).equals(id)) {
                states.add(matcher.group(3));
            }
        }
        if (!any && unquoted.matcher(ifMatch).find()) {
            throw new InvalidInputException("If-Match", "If-Match holds a tag without its quotes (" + ifMatch.strip()
                    + "): " + unquotedAdvice);
        }
        return states;
    }
}
