// SPDX-License-Identifier: Apache-2.0
package dev.tandem.service;

import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * A short request a reviewer waits for (a review page, a page of pairs, an edit): it works only when
 * {@link RequestAdmission} lets it, from Tandem's first request filter until its response has been sent. Put it on
 * resource methods or classes; long ones (exports, imports, backups) go without.
 */
@Retention(RUNTIME)
@Target({METHOD, TYPE})
public @interface Interactive {
}
