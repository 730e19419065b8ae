// SPDX-License-Identifier: Apache-2.0
package dev.tandem.formats;

/**
 * An XML document that {@link SafeXml} cannot or will not read, with the problem and its position kept apart so
 * that a reader with an exception of its own (such as {@code TmxReader}) can pass them on unchanged.
 */
public final class UnreadableXmlException extends UnreadableDocumentException {
    private static final long serialVersionUID = 1L;

    private final String problem;
    private final int line;
    private final int column;

    UnreadableXmlException(String problem, int line, int column, Throwable cause) {
        super(line < 1 ? problem : "Line " + line + ", column " + column + ": " + problem, cause);
        this.problem = problem;
        this.line = line;
        this.column = column;
    }

    /** What is wrong and how to fix it, without the position. */
    public String problem() {
        return problem;
    }

    /** 1-based line of the problem, or a value below 1 if unknown. */
    public int line() {
        return line;
    }

    /** 1-based column of the problem, or a value below 1 if unknown. */
    public int column() {
        return column;
    }
}
