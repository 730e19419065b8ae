// SPDX-License-Identifier: Apache-2.0
package dev.tandem.api;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A POST that stores nothing (it computes an answer from what it is sent): a read-only API token may call it, as it
 * may call every GET. {@link ProjectRoleFilter} refuses a read-only token every other change.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface ChangesNothing {
}
