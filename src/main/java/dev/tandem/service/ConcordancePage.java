// SPDX-License-Identifier: Apache-2.0
package dev.tandem.service;

import java.util.List;

/** One page of a concordance search: {@code total} pairs match, {@code items} are those from {@code offset}. */
public record ConcordancePage(long total, int offset, int limit, List<ConcordanceHit> items) {
}
