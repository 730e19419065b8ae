// SPDX-License-Identifier: Apache-2.0
package dev.tandem.api;

import dev.tandem.formats.DecodedText;
import dev.tandem.formats.TextDecoder;
import dev.tandem.formats.UndecodableTextException;
import dev.tandem.model.Document;
import dev.tandem.service.DocumentInput;
import dev.tandem.service.DocumentService;
import dev.tandem.service.InvalidInputException;
import dev.tandem.service.PayloadTooLargeException;
import io.quarkus.runtime.configuration.MemorySize;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.Locale;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.resteasy.reactive.multipart.FileUpload;

/** Turns an uploaded form into decoded texts: files are decoded strictly, never with a silent guess. */
@ApplicationScoped
public class DocumentUploads {
    @Inject
    DocumentService documents;

    @ConfigProperty(name = "tandem.upload.max-bytes")
    MemorySize maxBytes;

    /**
     * Imports what the form carries: a bilingual TMX file alone as {@code source} becomes confirmed pairs; otherwise
     * the two sides (files or pasted texts) are segmented and aligned.
     */
    public Document importDocument(long projectId, DocumentUploadForm form) {
        if (isBilingual(form)) {
            checkSize("source", form.source);
            try (InputStream in = Files.newInputStream(form.source.uploadedFile())) {
                return documents.importTmx(projectId, titleOf(form), in);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return documents.importDocument(projectId, toInput(form));
    }

    /** A TMX file sent alone: the translation is inside it, so there is no target. */
    private static boolean isBilingual(DocumentUploadForm form) {
        boolean targetAbsent = (form.target == null || form.target.size() == 0)
                && (form.targetText == null || form.targetText.isBlank());
        if (!targetAbsent || form.source == null || form.source.size() == 0) {
            return false;
        }
        String name = form.source.fileName() == null ? "" : form.source.fileName().toLowerCase(Locale.ROOT);
        return name.endsWith(".tmx") || startsLikeTmx(form.source);
    }

    private static boolean startsLikeTmx(FileUpload file) {
        try (InputStream in = Files.newInputStream(file.uploadedFile())) {
            String head = new String(in.readNBytes(1024), StandardCharsets.ISO_8859_1);
            return head.contains("<tmx");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String titleOf(DocumentUploadForm form) {
        if (form.title != null && !form.title.isBlank()) {
            return form.title;
        }
        return form.source != null && form.source.fileName() != null ? baseName(form.source.fileName()) : null;
    }

    private void checkSize(String side, FileUpload file) {
        if (file.size() > maxBytes.asLongValue()) {
            throw new PayloadTooLargeException("The " + side + " file has " + file.size()
                    + " bytes; the limit is " + maxBytes.asLongValue() + " (tandem.upload.max-bytes).");
        }
    }

    DocumentInput toInput(DocumentUploadForm form) {
        String source = text("source", form.source, form.sourceText, form.sourceCharset);
        String target = text("target", form.target, form.targetText, form.targetCharset);
        return new DocumentInput(titleOf(form), source, target, form.segmentation);
    }

    private String text(String side, FileUpload file, String pasted, String declaredCharset) {
        if (file != null && file.size() > 0) {
            checkSize(side, file);
            String charset = declaredCharset != null && !declaredCharset.isBlank() ? declaredCharset
                    : charsetOf(file.contentType());
            try {
                DecodedText decoded = TextDecoder.decode(Files.readAllBytes(file.uploadedFile()), charset);
                return decoded.text();
            } catch (UndecodableTextException e) {
                throw new InvalidInputException(side, "The " + side + " file: " + e.getMessage());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        if (pasted != null && !pasted.isBlank()) {
            return pasted;
        }
        throw new InvalidInputException(side, "The " + side + " is missing or empty: upload a " + side
                + " file or paste the text into " + side + "Text.");
    }

    /** The charset parameter of a part's Content-Type, if the client sent one. */
    static String charsetOf(String contentType) {
        if (contentType == null) {
            return null;
        }
        for (String param : contentType.split(";")) {
            String p = param.strip();
            if (p.regionMatches(true, 0, "charset=", 0, 8)) {
                return p.substring(8).replace("\"", "").strip();
            }
        }
        return null;
    }

    /** Only the name is kept, never the client's path: it is a label, not a file system location. */
    static String baseName(String fileName) {
        String name = fileName.replace('\\', '/');
        name = name.substring(name.lastIndexOf('/') + 1).strip();
        return name.length() > 200 ? name.substring(0, 200) : name;
    }
}
