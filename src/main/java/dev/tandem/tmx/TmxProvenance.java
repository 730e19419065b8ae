// SPDX-License-Identifier: Apache-2.0
package dev.tandem.tmx;

import java.time.Instant;

/**
 * Who made a unit and who last changed it, and when: the {@code creationid}, {@code creationdate}, {@code changeid}
 * and {@code changedate} attributes of its {@code <tu>}. Each part may be null (unknown), and is then left out; a
 * blank id counts as unknown.
 *
 * @param creationId   the user who created the unit (in Tandem: who imported its document)
 * @param creationDate when the unit was created
 * @param changeId     the user who last changed or confirmed the unit (in Tandem: the last reviewer action on it)
 * @param changeDate   when the unit was last changed
 */
public record TmxProvenance(String creationId, Instant creationDate, String changeId, Instant changeDate) {
    /** Nothing known: no provenance attributes. */
    public static final TmxProvenance NONE = new TmxProvenance(null, null, null, null);
}
