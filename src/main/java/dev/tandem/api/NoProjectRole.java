// SPDX-License-Identifier: Apache-2.0
package dev.tandem.api;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A route (or every route of a class) that touches no one project by its address: sign-in, the caller's own account,
 * admin pages (guarded by {@code @RolesAllowed}), lists that show only what the caller may see. Saying so is
 * required, so that a new route cannot leave out its {@link Requires} by accident.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.TYPE})
public @interface NoProjectRole {
    /** Why the route needs no project role. */
    String value();
}
