// SPDX-License-Identifier: Apache-2.0
package dev.tandem.api;

/** The 412 problem of a failed {@code If-Match}: the document's current version and its ETag. */
public record PreconditionProblem(String type, String title, int status, String detail, long currentVersion,
                                  String etag) {
}
