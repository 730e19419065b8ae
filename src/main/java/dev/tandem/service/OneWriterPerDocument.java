// SPDX-License-Identifier: Apache-2.0
package dev.tandem.service;

import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.interceptor.InterceptorBinding;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * A write to one document, whose id is the method's first parameter: in this process such writes run one at a time
 * per document, each from before its transaction begins until after it has committed ({@link DocumentWriteLocks}).
 */
@InterceptorBinding
@Retention(RUNTIME)
@Target({METHOD, TYPE})
public @interface OneWriterPerDocument {
}
