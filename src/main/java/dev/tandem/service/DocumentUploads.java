// SPDX-License-Identifier: Apache-2.0
package dev.tandem.service;

import dev.tandem.config.TandemConfig;
import dev.tandem.formats.ColumnPairs;
import dev.tandem.formats.FileFormat;
import dev.tandem.review.DirectionControls;
import dev.tandem.service.ImportPreparation.TextImport;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * Turns an uploaded form into an import ready to run: files are read in their format (plain text, HTML, DOCX,
 * Markdown, subtitles) and decoded strictly, never with a silent guess (a detected charset is judged for the side's
 * language), and each side is checked to be in its project language ({@link ImportLanguages}); a bilingual file (TMX, XLIFF, or two columns
 * of CSV or XLSX) sent alone becomes confirmed pairs.
 */
@ApplicationScoped
public class DocumentUploads {
    /** Longest charset name accepted; the longest Java knows is under 30 characters. */
    static final int MAX_CHARSET_LENGTH = 40;
    /** Longest title derived from a file name. */
    static final int MAX_FILE_TITLE_LENGTH = 200;

    @Inject
    ImportPreparation preparation;

    @Inject
    ImportFormats formats;

    @Inject
    ImportLanguages languages;

    @Inject
    TandemConfig config;

    /**
     * Reads what the form carries into an import ready to run: a bilingual TMX or XLIFF file alone as
     * {@code source} is read into confirmed pairs now; otherwise the two sides (files or pasted texts) are decoded
     * now and segmented and aligned when the import runs. Everything wrong with the files fails here, at once.
     */
    public ImportWork work(ProjectLanguages project, DocumentUpload form, Importer importer, String key) {
        Upload upload = read(project, form);
        if (upload.bilingual() != null) {
            PreparedImport prepared = upload.bilingual();
            return new ImportWork(project, prepared.title(), importer, key,
                    Imports.fingerprint(upload.format(), project.id(), prepared.title(), sha256(form.source())),
                    prepared.sourceText().length() + (long) prepared.targetText().length(), prepared.kind(),
                    progress -> prepared, prepared.leftOut());
        }
        return work(upload.texts(), importer, key);
    }

    /**
     * What the form would import, split into sentences but neither aligned nor stored: the same reading, checks and
     * limits as {@link #work}, so a preview fails where the upload would, in the same words.
     */
    public ImportPreview preview(ProjectLanguages project, DocumentUpload form) {
        Upload upload = read(project, form);
        return upload.bilingual() != null ? preparation.preview(upload.bilingual())
                : preparation.preview(upload.texts());
    }

    /** A form read and checked: a bilingual file's pairs (with its format), or two texts to segment and align. */
    private record Upload(FileFormat format, PreparedImport bilingual, TextImport texts) {
    }

    private Upload read(ProjectLanguages project, DocumentUpload form) {
        checkCharset("sourceCharset", form.sourceCharset());
        checkCharset("targetCharset", form.targetCharset());
        checkSizes(form.source(), form.target());
        FileFormat sourceFormat = formatOf("source", form.source());
        FileFormat targetFormat = formatOf("target", form.target());
        if (targetFormat != null && targetFormat.bilingual()) {
            throw new InvalidInputException("target", "The target file is a bilingual " + targetFormat + " file,"
                    + " which holds both sides: upload it alone as the source file, with no target.");
        }
        if (sourceFormat != null && sourceFormat.bilingual()) {
            if (targetFormat != null || form.targetText() != null && !form.targetText().isBlank()) {
                throw new InvalidInputException("target", "The source file is a bilingual " + sourceFormat
                        + " file, which holds both sides: upload it alone, with no target file or text.");
            }
            if (sourceFormat == FileFormat.CSV || sourceFormat == FileFormat.XLSX) {
                ColumnPairs pairs = formats.pairs(form.source().path(), sourceFormat, sourceCharsetOf(form),
                        project.sourceLanguage(), project.targetLanguage());
                try {
                    languages.checkColumns(project, form.languageCheck(), column(pairs, ColumnPairs.Row::source),
                            column(pairs, ColumnPairs.Row::target));
                } catch (LanguageMismatchException e) {
                    throw DeclaredCharsets.blame(e, "source", form.source(), sourceFormat, "sourceCharset",
                            form.sourceCharset(), project.sourceLanguage());
                }
                return new Upload(sourceFormat, preparation.prepareColumns(project, titleOf(form), sourceFormat,
                        pairs), null);
            }
            try (InputStream in = Files.newInputStream(form.source().path())) {
                return new Upload(sourceFormat, sourceFormat == FileFormat.TMX
                        ? preparation.prepareTmx(project, titleOf(form), in)
                        : preparation.prepareXliff(project, titleOf(form), in), null);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        Segmentation segmentation = Segmentation.parse(form.segmentation());
        String source = text("source", form.source(), sourceFormat, form.sourceText(), form.sourceCharset(),
                project.sourceLanguage(), segmentation);
        String target = text("target", form.target(), targetFormat, form.targetText(), form.targetCharset(),
                project.targetLanguage(), segmentation);
        try {
            languages.check(project, form.languageCheck(), sourceFormat != null ? "source" : "sourceText", source,
                    targetFormat != null ? "target" : "targetText", target);
        } catch (LanguageMismatchException e) {
            e = DeclaredCharsets.blame(e, "source", form.source(), sourceFormat, "sourceCharset",
                    form.sourceCharset(), project.sourceLanguage());
            throw DeclaredCharsets.blame(e, "target", form.target(), targetFormat, "targetCharset",
                    form.targetCharset(), project.targetLanguage());
        }
        return new Upload(null, null, preparation.checkTexts(project, new DocumentInput(titleOf(form), source,
                target, form.segmentation())));
    }

    /** One column's cells in row order, for the language check. */
    private static List<String> column(ColumnPairs pairs, Function<ColumnPairs.Row, String> cell) {
        return pairs.rows().stream().map(cell).toList();
    }

    /** An import of two texts, checked already, to be segmented and aligned when it runs. */
    public ImportWork work(TextImport texts, Importer importer, String key) {
        String title = texts.title().isEmpty() ? "Untitled" : texts.title();
        return new ImportWork(texts.project(), title, importer, key,
                Imports.fingerprint("text", texts.project().id(), texts.title(), texts.segmentation(),
                        texts.sourceText(), texts.targetText()),
                texts.characters(), "text", progress -> preparation.prepare(texts, progress));
    }

    static String sha256(UploadedFile file) {
        try (InputStream in = new DigestInputStream(Files.newInputStream(file.path()),
                MessageDigest.getInstance("SHA-256"))) {
            in.transferTo(OutputStream.nullOutputStream());
            return HexFormat.of().formatHex(((DigestInputStream) in).getMessageDigest().digest());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The format of an uploaded file after its size check; null when no file was sent. */
    FileFormat formatOf(String side, UploadedFile file) {
        if (file == null || file.size() == 0) {
            return null;
        }
        checkSize(side, file);
        return formats.formatOf(side, file.path(), file.fileName());
    }

    private static String titleOf(DocumentUpload form) {
        if (form.title() != null && !form.title().isBlank()) {
            return form.title();
        }
        return form.source() != null && form.source().fileName() != null ? baseName(form.source().fileName()) : null;
    }

    /** Both files over the limit are named in one refusal: fixing one should not be followed by hearing of the other. */
    private void checkSizes(UploadedFile source, UploadedFile target) {
        long limit = config.upload().maxBytes().asLongValue();
        var over = new ArrayList<String>();
        if (source != null && source.size() > limit) {
            over.add("source file has " + source.size() + " bytes");
        }
        if (target != null && target.size() > limit) {
            over.add("target file has " + target.size() + " bytes");
        }
        if (!over.isEmpty()) {
            throw new PayloadTooLargeException("The " + String.join(" and the ", over) + "; the limit is " + limit
                    + " (tandem.upload.max-bytes).");
        }
    }

    private void checkSize(String side, UploadedFile file) {
        if (file.size() > config.upload().maxBytes().asLongValue()) {
            throw new PayloadTooLargeException("The " + side + " file has " + file.size()
                    + " bytes; the limit is " + config.upload().maxBytes().asLongValue() + " (tandem.upload.max-bytes).");
        }
    }

    static void checkCharset(String field, String charset) {
        if (charset != null && charset.length() > MAX_CHARSET_LENGTH) {
            throw new InvalidInputException(field, field + " is " + charset.length() + " characters long; an"
                    + " encoding name has at most " + MAX_CHARSET_LENGTH + " (e.g. UTF-8, GB18030, windows-1252).");
        }
    }

    String text(String side, UploadedFile file, FileFormat format, String pasted, String declaredCharset,
                String language, Segmentation segmentation) {
        if (format != null && pasted != null && !pasted.isBlank()) {
            // taking the file and dropping the pasted text without a word loses what the user typed
            throw new InvalidInputException(side, "The " + side + " came both as a file (" + file.fileName()
                    + ") and as pasted text: send one of them (clear " + side + "Text, or choose no " + side + " file).");
        }
        if (format != null) {
            String text = formats.text(side, file.path(), format, DeclaredCharsets.declared(declaredCharset, file),
                    language, segmentation);
            if (text.replace("\uFEFF", "").isBlank()) {
                // named here, by the file, not later as an empty pasted text: the user chose a file, not the box
                throw new InvalidInputException(side, "The " + side + " file " + file.fileName() + " has no text"
                        + " (only blanks, line breaks or a byte order mark): choose the file that holds the " + side
                        + " text, or paste the text into " + side + "Text.");
            }
            return text;
        }
        if (pasted != null && !pasted.isBlank()) {
            return pasted;
        }
        throw new InvalidInputException(side, "The " + side + " is missing or empty: upload a " + side
                + " file or paste the text into " + side + "Text.");
    }

    private static String sourceCharsetOf(DocumentUpload form) {
        return DeclaredCharsets.declared(form.sourceCharset(), form.source());
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

    /**
     * Only the name is kept, never the client's path: it is a label, not a file system location. Control and
     * bidirectional-override characters (which can disguise a name) are removed; null when nothing is left.
     */
    public static String baseName(String fileName) {
        String name = fileName.replace('\\', '/');
        name = name.substring(name.lastIndexOf('/') + 1);
        name = UNSAFE_IN_TITLE.matcher(name).replaceAll("").strip();
        if (name.codePointCount(0, name.length()) > MAX_FILE_TITLE_LENGTH) {
            name = name.substring(0, name.offsetByCodePoints(0, MAX_FILE_TITLE_LENGTH));
        }
        return name.isEmpty() || name.equals(".") || name.equals("..") ? null : name;
    }

    private static final Pattern UNSAFE_IN_TITLE = Pattern.compile("[\\p{Cc}" + DirectionControls.CHARACTER_CLASS + "]");
}
