// SPDX-License-Identifier: Apache-2.0
package dev.tandem.web;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.function.ToLongFunction;
import java.util.stream.Collectors;

/**
 * The documents a confirmation page showed, as "id:version id:version", carried in its form so that the POST acts only
 * if none of them changed since the reviewer read the page.
 */
final class SeenVersions {
    private SeenVersions() {
    }

    static <T> String write(Collection<T> documents, ToLongFunction<T> id, ToLongFunction<T> version) {
        return documents.stream().map(d -> id.applyAsLong(d) + ":" + version.applyAsLong(d))
                .collect(Collectors.joining(" "));
    }

    /** {@link #write} read back; a field that is not what a page wrote reads as an unknown document (so: changed). */
    static Map<Long, Long> read(String field) {
        Map<Long, Long> versions = new HashMap<>();
        for (String entry : field == null || field.isBlank() ? new String[0] : field.strip().split(" +")) {
            String[] idAndVersion = entry.split(":");
            try {
                versions.put(Long.parseLong(idAndVersion[0]), Long.parseLong(idAndVersion[idAndVersion.length - 1]));
            } catch (NumberFormatException e) {
                return Map.of(-1L, -1L);
            }
        }
        return versions;
    }
}
