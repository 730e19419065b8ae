// SPDX-License-Identifier: Apache-2.0
package dev.tandem.service;

import dev.tandem.formats.ExportHeaders;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;

/**
 * A header line {@code Source<TAB>Target} (as the XLSX export names its columns; it is also how an import tells
 * Tandem's TSV and decodes its escapes), then one line per unit: source, tab, target (escaped by {@link Tsv}).
 * Unfinished means: the rest never flushed.
 */
final class TsvSink implements ExportSink {
    private final Writer writer;

    TsvSink(OutputStream out) {
        writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
        try {
            writer.write(ExportHeaders.TSV + "\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public boolean unit(ExportReader.Head document, ExportReader.Pair pair, String source, String target) {
        try {
            writer.write(Tsv.escape(source));
            writer.write('\t');
            writer.write(Tsv.escape(target));
            writer.write('\n');
            return true;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void finish(long leftOut) {
        try {
            writer.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        // Nothing to release; what is still buffered after a failure is dropped on purpose.
    }
}
