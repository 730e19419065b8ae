// SPDX-License-Identifier: Apache-2.0
package dev.tandem.api;

import dev.tandem.model.Project;
import java.time.OffsetDateTime;

/** A project as the API shows it. */
public record ProjectResponse(long id, String name, String sourceLanguage, String targetLanguage,
                              OffsetDateTime createdAt) {
    static ProjectResponse of(Project project) {
        return new ProjectResponse(project.id, project.name, project.sourceLanguage, project.targetLanguage,
                project.createdAt);
    }
}
