// SPDX-License-Identifier: Apache-2.0
package dev.tandem.service;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Holds the document's write lock around a {@link OneWriterPerDocument} method. Its priority puts it outside the
 * transaction interceptor ({@code PLATFORM_BEFORE + 200}), so the lock is released only after the commit.
 */
@OneWriterPerDocument
@Interceptor
@Priority(Interceptor.Priority.PLATFORM_BEFORE)
class OneWriterPerDocumentInterceptor {
    @Inject
    DocumentWriteLocks locks;

    @AroundInvoke
    Object serialize(InvocationContext call) throws Exception {
        if (call.getParameters().length == 0 || !(call.getParameters()[0] instanceof Long documentId)) {
            throw new IllegalStateException(call.getMethod() + " must take the document id as its first parameter");
        }
        ReentrantLock lock = locks.of(documentId);
        lock.lock();
        try {
            return call.proceed();
        } finally {
            lock.unlock();
        }
    }
}
