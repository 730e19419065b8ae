// SPDX-License-Identifier: Apache-2.0
package dev.tandem.api;

import dev.tandem.service.EditView;
import java.util.List;

/** The 409 problem of a stale edit: the current version and the edits the client has not seen. */
public record ConflictProblem(String type, String title, int status, String detail, long currentVersion,
                              List<EditView> edits) {
}
