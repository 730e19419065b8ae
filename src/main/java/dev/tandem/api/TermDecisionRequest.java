// SPDX-License-Identifier: Apache-2.0
package dev.tandem.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A translator's decision on a term candidate. */
public record TermDecisionRequest(@Schema(enumeration = {"accept", "reject"}, required = true) String decision) {
}
