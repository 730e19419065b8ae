// SPDX-License-Identifier: Apache-2.0
package dev.tandem.web;

import dev.tandem.review.ReviewStatus;
import io.quarkus.qute.TemplateData;

/**
 * Core types the templates name by namespace, as {@code ReviewStatus:CONFIRMED}. The core carries no Qute
 * annotation, so the namespaces are declared here, in the layer that renders the templates.
 */
@TemplateData(target = ReviewStatus.class, namespace = "ReviewStatus")
final class TemplateNamespaces {
    private TemplateNamespaces() {
    }
}
