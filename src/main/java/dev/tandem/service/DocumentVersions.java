// SPDX-License-Identifier: Apache-2.0
package dev.tandem.service;

import dev.tandem.model.Document;
import dev.tandem.model.Edit;
import java.util.Collection;
import java.util.List;

/**
 * The check every write to a document makes before it changes anything: the write names the version it was made on
 * ({@code baseVersion}, or the versions an {@code If-Match} header accepts), and the document is still at it.
 */
final class DocumentVersions {
    private DocumentVersions() {
    }

    /**
     * Locks the document for the rest of the transaction and checks the version. {@code ifMatch} null means no
     * (usable) If-Match header, {@code baseVersion} null none in the request; one of the two is required.
     *
     * @param what the write, as the start of a sentence ("Undo"), for the message when no version was named
     * @throws NotFoundException when there is no such document
     * @throws PreconditionRequiredException when neither names a version (428)
     * @throws PreconditionFailedException when the document is at none of {@code ifMatch} (412), checked first
     * @throws EditConflictException when the document is no longer at {@code baseVersion} (409)
     */
    static Document lockAt(long documentId, Collection<Long> ifMatch, Long baseVersion, String what) {
        return lockAt(documentId, ifMatch, baseVersion, what, "in the body");
    }

    /** As above, for a write that carries {@code baseVersion} elsewhere than in its body ({@code where}). */
    static Document lockAt(long documentId, Collection<Long> ifMatch, Long baseVersion, String what, String where) {
        Document document = Document.lockForEdit(documentId);
        if (document == null) {
            throw new NotFoundException("document", documentId);
        }
        if (ifMatch == null && baseVersion == null) {
            throw new PreconditionRequiredException(what, where);
        }
        if (ifMatch != null && !ifMatch.contains(document.version)) {
            throw new PreconditionFailedException(documentId, document.version);
        }
        if (baseVersion != null && (baseVersion < 0 || baseVersion > document.version)) {
            // no version the client can have seen: a bug of its own, not someone else's change (409 said "changed since")
            throw new InvalidInputException("baseVersion", "baseVersion " + baseVersion + " is no version of this"
                    + " document: it is at version " + document.version + ". Send the version you read it at.");
        }
        if (baseVersion != null && baseVersion != document.version) {
            List<EditView> since = Edit.listByDocument(document, baseVersion).stream().map(EditView::of).toList();
            throw new EditConflictException(baseVersion, document.version, since);
        }
        return document;
    }
}
