// SPDX-License-Identifier: Apache-2.0
package dev.tandem.formats;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

/**
 * An uploaded zip archive read under {@link ZipLimits}: its entry count checked at opening, every entry name checked
 * to be a plain relative path, and every entry inflated through an {@link InflationGuard}, so a zip bomb costs at most
 * the limits. Entries are read from the central directory ({@link ZipFile}); nothing is ever written to disk.
 */
public final class LimitedZip implements Closeable {
    private static final int MAX_NAME_LENGTH = 255;

    private final ZipFile zip;
    private final ZipLimits limits;
    private final ZipMessages messages;
    private final long[] inflated = {0};

    private LimitedZip(ZipFile zip, ZipLimits limits, ZipMessages messages) {
        this.zip = zip;
        this.limits = limits;
        this.messages = messages;
    }

    /**
     * @throws DocumentTooLargeException   if it has more entries than the limits allow
     * @throws UnreadableDocumentException if it is no zip, or an entry's name is no plain relative path
     */
    public static LimitedZip open(Path file, ZipLimits limits, ZipMessages messages)
            throws UnreadableDocumentException, IOException {
        return open(file, limits, messages, List.of());
    }

    /**
     * As above, reading entry names that are not UTF-8 in the first of {@code nameCharsets} that reads them all (see
     * {@link ZipNameCharsets}): a zip made by Windows of files with Chinese names was refused as damaged.
     */
    public static LimitedZip open(Path file, ZipLimits limits, ZipMessages messages, List<Charset> nameCharsets)
            throws UnreadableDocumentException, IOException {
        ZipFile zip = null;
        ZipException failure = null;
        for (Charset charset : withUtf8First(nameCharsets)) {
            try {
                zip = new ZipFile(file.toFile(), charset);
                break;
            } catch (ZipException e) {
                failure = failure == null ? e : failure;
                if (!String.valueOf(e.getMessage()).contains("bad entry name")) {
                    break; // not the names: no other encoding will read it either
                }
            }
        }
        if (zip == null) {
            throw new UnreadableDocumentException("The file is not a zip archive, or its zip structure is damaged ("
                    + failure.getMessage() + ").", failure);
        }
        try {
            if (zip.size() > limits.maxEntries()) {
                throw new DocumentTooLargeException(messages.tooManyEntries(zip.size(), limits));
            }
            for (ZipEntry entry : Collections.list(zip.entries())) {
                checkName(entry.getName());
            }
            return new LimitedZip(zip, limits, messages);
        } catch (UnreadableDocumentException | RuntimeException e) {
            zip.close();
            throw e;
        }
    }

    private static List<Charset> withUtf8First(List<Charset> nameCharsets) {
        List<Charset> charsets = new ArrayList<>();
        charsets.add(StandardCharsets.UTF_8);
        nameCharsets.stream().filter(charset -> !charsets.contains(charset)).forEach(charsets::add);
        return charsets;
    }

    /** The names of the archive's entries, directories included, in the archive's order. */
    public List<String> names() {
        return Collections.list(zip.entries()).stream().map(ZipEntry::getName).toList();
    }

    /**
     * The entry's inflating stream, or null when the archive has no such entry. Reading it past a limit throws an
     * {@link ExpansionLimitException}.
     */
    public InputStream read(String name) throws IOException {
        ZipEntry entry = zip.getEntry(name);
        return entry == null || entry.isDirectory() ? null : guarded(zip, entry, limits, messages, inflated);
    }

    /** The entry's inflating stream under the limits; refused at once if its declared sizes already break them. */
    static InputStream guarded(ZipFile zip, ZipEntry entry, ZipLimits limits, ZipMessages messages, long[] inflated)
            throws IOException {
        long size = entry.getSize();
        long compressed = entry.getCompressedSize();
        if (size > ZipLimits.RATIO_GRACE_BYTES && compressed > 0 && size / compressed >= limits.maxRatio()) {
            throw new ExpansionLimitException(messages.ratio(entry.getName(), limits));
        }
        if (size > limits.maxUnzippedBytes() - inflated[0]) {
            throw new ExpansionLimitException(messages.tooBig(limits));
        }
        return new InflationGuard(zip.getInputStream(entry), limits, messages, entry.getName(), compressed, inflated);
    }

    /** Refuses names that could mean something else than an entry of this archive if anyone ever unpacked it. */
    private static void checkName(String name) throws UnreadableDocumentException {
        boolean plain = !name.isEmpty() && name.length() <= MAX_NAME_LENGTH && !name.startsWith("/")
                && name.indexOf('\\') < 0 && name.indexOf(':') < 0
                && name.chars().noneMatch(Character::isISOControl);
        for (String part : name.split("/")) {
            plain &= !part.equals("..") && !part.equals(".");
        }
        if (!plain) {
            throw new UnreadableDocumentException("The archive holds an entry named \""
                    + name.substring(0, Math.min(name.length(), MAX_NAME_LENGTH)).replaceAll("\\p{Cntrl}", "?")
                    + "\": not a plain relative path, so not an entry Tandem writes.");
        }
    }

    @Override
    public void close() throws IOException {
        zip.close();
    }
}
