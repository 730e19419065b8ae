// SPDX-License-Identifier: Apache-2.0
package dev.tandem.api;

import dev.tandem.formats.DecodedText;
import dev.tandem.formats.TextDecoder;
import dev.tandem.formats.UndecodableTextException;
import dev.tandem.service.DocumentInput;
import dev.tandem.service.InvalidInputException;
import dev.tandem.service.PayloadTooLargeException;
import io.quarkus.runtime.configuration.MemorySize;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.resteasy.reactive.multipart.FileUpload;

/** Turns an uploaded form into decoded texts: files are decoded strictly, never with a silent guess. */
@ApplicationScoped
public class DocumentUploads {
    @ConfigProperty(name = "tandem.upload.max-bytes")
    MemorySize maxBytes;

    public DocumentInput toInput(DocumentUploadForm form) {
        String source = text("source", form.source, form.sourceText, form.sourceCharset);
        String target = text("target", form.target, form.targetText, form.targetCharset);
        String title = form.title;
        if ((title == null || title.isBlank()) && form.source != null && form.source.fileName() != null) {
            // Only the name is kept, never the client's path: it is a label, not a file system location.
            title = baseName(form.source.fileName());
        }
        return new DocumentInput(title, source, target, form.segmentation);
    }

    private String text(String side, FileUpload file, String pasted, String declaredCharset) {
        if (file != null && file.size() > 0) {
            if (file.size() > maxBytes.asLongValue()) {
                throw new PayloadTooLargeException("The " + side + " file has " + file.size()
                        + " bytes; the limit is " + maxBytes.asLongValue() + " (tandem.upload.max-bytes).");
            }
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

    static String baseName(String fileName) {
        String name = fileName.replace('\\', '/');
        name = name.substring(name.lastIndexOf('/') + 1).strip();
        return name.length() > 200 ? name.substring(0, 200) : name;
    }
}
