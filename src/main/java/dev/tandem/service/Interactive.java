// SPDX-License-Identifier: Apache-2.0
package dev.tandem.service;

import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.interceptor.InterceptorBinding;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * A short request a reviewer waits for (a review page, a page of pairs, an edit): it works only when
 * {@link RequestAdmission} lets it. Put it on resource methods; long ones (exports, imports, backups) go without.
 */
@InterceptorBinding
@Retention(RUNTIME)
@Target({METHOD, TYPE})
public @interface Interactive {
}
