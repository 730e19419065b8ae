// SPDX-License-Identifier: Apache-2.0
package dev.tandem.api;

import dev.tandem.model.ProjectRole;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The project role a route needs, and what its path parameter {@link #param()} names: a project, a document (of a
 * project) or an import job (of a project). {@link ProjectRoleFilter} checks it before the method runs and leaves
 * what it found in {@link Granted}. Every route of Tandem carries this or {@link NoProjectRole}.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface Requires {
    /** What the path parameter names. */
    enum On {
        PROJECT, DOCUMENT, JOB
    }

    On on();

    /** {@code VIEWER} to read and export, {@code EDITOR} to change; admins act as editors everywhere. */
    ProjectRole role();

    /** The path parameter holding the id. */
    String param() default "id";
}
