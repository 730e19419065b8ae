// SPDX-License-Identifier: Apache-2.0
package dev.tandem.web;

import dev.tandem.service.NotFoundException;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import org.jboss.resteasy.reactive.RestResponse;

/** The HTML error page; JSON clients get problem documents from the API instead. */
final class ErrorPages {
    private ErrorPages() {
    }

    @CheckedTemplate(basePath = "ErrorPages")
    static class Templates {
        static native TemplateInstance error(int status, String title, String message);

        /**
         * Without the page frame's session parts: an address no resource matched has no session or CSRF token, and a
         * failed request may have lost them.
         */
        static native TemplateInstance bare(String title, String message);
    }

    static RestResponse<TemplateInstance> notFound(NotFoundException e) {
        return RestResponse.status(RestResponse.Status.NOT_FOUND, Templates.error(404, "Not found", e.getMessage()));
    }
}
