// SPDX-License-Identifier: Apache-2.0
package dev.tandem.service;

/**
 * Where an export's units go: one file format. Units arrive in order, a document's after another's; {@link #close()}
 * without {@link #finish()} leaves the file unfinished (never a file that looks whole) and frees what the sink holds.
 */
interface ExportSink extends AutoCloseable {
    /**
     * Writes one pair, its sides joined as the language writes consecutive sentences.
     *
     * @return false when the format leaves this pair out (it is counted as left out)
     */
    boolean unit(ExportReader.Head document, ExportReader.Pair pair, String source, String target);

    /** Ends the file, saying how many pairs were left out where the format has room for it. */
    void finish(long leftOut);

    @Override
    void close();
}
