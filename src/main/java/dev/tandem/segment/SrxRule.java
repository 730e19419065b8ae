// SPDX-License-Identifier: Apache-2.0
package dev.tandem.segment;

/**
 * One {@code <rule>} of an SRX 2.0 language rule: a position is a break (or, with {@code breaks} false, explicitly
 * not one) where {@code beforeBreak} matches text ending there and {@code afterBreak} matches text starting there.
 * An empty pattern matches anywhere. Patterns are {@link java.util.regex} syntax (SRX 2.0 names ICU's, which agrees
 * on everything the common rule sets use).
 *
 * @param breaks      {@code break="yes"} (the default) or {@code break="no"}
 * @param beforeBreak the {@code <beforebreak>} pattern, never null ("" when absent)
 * @param afterBreak  the {@code <afterbreak>} pattern, never null ("" when absent)
 */
public record SrxRule(boolean breaks, String beforeBreak, String afterBreak) {

    public SrxRule {
        beforeBreak = beforeBreak == null ? "" : beforeBreak;
        afterBreak = afterBreak == null ? "" : afterBreak;
    }
}
