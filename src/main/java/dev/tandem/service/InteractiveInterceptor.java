// SPDX-License-Identifier: Apache-2.0
package dev.tandem.service;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;

/** Runs an {@link Interactive} method when {@link RequestAdmission} lets it, outside its transaction. */
@Interactive
@Interceptor
@Priority(Interceptor.Priority.PLATFORM_BEFORE)
class InteractiveInterceptor {
    @Inject
    RequestAdmission admission;

    @AroundInvoke
    Object admit(InvocationContext call) throws Exception {
        return admission.admit(call::proceed);
    }
}
