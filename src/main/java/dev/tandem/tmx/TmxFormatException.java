// SPDX-License-Identifier: Apache-2.0
package dev.tandem.tmx;

/**
 * A TMX file that {@link TmxReader} cannot or will not read. The message is meant for the person who uploaded the
 * file: it says what is wrong, where ({@code Line 12, column 7: ...} when the position is known) and how to fix it.
 *
 * <p>Unchecked, so that callers can let it reach an exception mapper; code written as if it were checked
 * ({@code catch} or {@code throws}) compiles all the same.
 */
public final class TmxFormatException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final int line;
    private final int column;

    /**
     * @param problem what is wrong and how to fix it, as a sentence or two for the user
     * @param line    1-based line of the problem, or a value below 1 if unknown
     * @param column  1-based column of the problem, or a value below 1 if unknown
     */
    TmxFormatException(String problem, int line, int column, Throwable cause) {
        super(line > 0 ? "Line " + line + (column > 0 ? ", column " + column : "") + ": " + problem : problem, cause);
        this.line = Math.max(line, -1);
        this.column = line > 0 ? Math.max(column, -1) : -1;
    }

    TmxFormatException(String problem) {
        this(problem, -1, -1, null);
    }

    /** 1-based line of the problem in the file, or -1 if it concerns the whole file or is unknown. */
    public int line() {
        return line;
    }

    /** 1-based column of the problem in the file, or -1 if unknown. */
    public int column() {
        return column;
    }
}
