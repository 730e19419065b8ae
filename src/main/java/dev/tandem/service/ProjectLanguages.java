// SPDX-License-Identifier: Apache-2.0
package dev.tandem.service;

import dev.tandem.model.Project;

/** What an import needs to know of its project, read once so that the slow work needs no database session. */
public record ProjectLanguages(long id, String sourceLanguage, String targetLanguage) {
    public static ProjectLanguages of(Project project) {
        return new ProjectLanguages(project.id, project.sourceLanguage, project.targetLanguage);
    }
}
