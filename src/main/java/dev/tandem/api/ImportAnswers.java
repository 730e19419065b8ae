// SPDX-License-Identifier: Apache-2.0
package dev.tandem.api;

import dev.tandem.service.DocumentService;
import dev.tandem.service.ImportJobs;
import dev.tandem.service.Imports;
import jakarta.ws.rs.core.Response;
import java.net.URI;

/** How every import answers: 201 with the stored document, or 202 with the background job to poll. */
final class ImportAnswers {
    /** The header that says what reading a bilingual file left out (units of inline codes alone, other languages). */
    static final String LEFT_OUT = "Tandem-Left-Out";

    private ImportAnswers() {
    }

    /** {@code answer} with a {@link #LEFT_OUT} header when the file's reading left something out. */
    static Response withLeftOut(Response answer, String leftOut) {
        return leftOut == null ? answer : Response.fromResponse(answer).header(LEFT_OUT, leftOut).build();
    }

    /** Whether the client asked for {@code Prefer: respond-async} (RFC 7240). */
    static boolean respondAsync(String prefer) {
        if (prefer == null) {
            return false;
        }
        for (String preference : prefer.split(",")) {
            if (preference.strip().split(";", 2)[0].strip().equalsIgnoreCase("respond-async")) {
                return true;
            }
        }
        return false;
    }

    /** 201 with the document, or 202 with the job to poll. */
    static Response of(Imports.Outcome outcome, String prefer, ImportJobs jobs, DocumentService documents) {
        Response.ResponseBuilder response;
        if (outcome instanceof Imports.Queued queued) {
            response = Response.accepted(jobs.find(queued.jobId()))
                    .location(URI.create("/api/jobs/" + queued.jobId()))
                    .header("Retry-After", 1);
            if (respondAsync(prefer)) {
                response.header("Preference-Applied", "respond-async");
            }
        } else {
            long documentId = ((Imports.Stored) outcome).documentId();
            response = Response.created(URI.create("/api/documents/" + documentId))
                    .entity(documents.summarize(documentId));
        }
        if (outcome.replayed()) {
            response.header("Idempotent-Replayed", "true");
        }
        return response.build();
    }
}
