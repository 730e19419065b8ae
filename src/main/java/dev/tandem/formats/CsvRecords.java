// SPDX-License-Identifier: Apache-2.0
package dev.tandem.formats;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads delimited text (RFC 4180) one record at a time: fields separated by {@code separator}, a field holding the
 * separator, a quote or a line break in double quotes, a quote inside doubled. Lenient where spreadsheets are: a
 * quote opens a quoted field only at the field's start (after blanks), elsewhere it is text. Line endings are
 * {@code \n}, {@code \r\n} or {@code \r}.
 */
public final class CsvRecords {
    /**
     * One record with the (1-based) line it starts on, as an editor shows it; {@code regular} is false when text
     * follows a quoted field's closing quote (read as part of the field, but a hint of a wrong separator).
     */
    public record Record(int line, List<String> fields, boolean regular) {
        public Record {
            fields = List.copyOf(fields);
        }

        /** Whether the record is an empty line. */
        public boolean blank() {
            return fields.size() == 1 && fields.get(0).isBlank();
        }
    }

    private final String csv;
    private final char separator;
    private final String what;
    private int at;
    private int line = 1;

    /**
     * @param text      the decoded text; a byte order mark at its start is dropped
     * @param separator the field separator, e.g. {@code ,}, {@code ;} or a tab
     * @param what      how error messages name the file, e.g. "The manifest"
     */
    public CsvRecords(String text, char separator, String what) {
        this.csv = text.startsWith("\uFEFF") ? text.substring(1) : text;
        this.separator = separator;
        this.what = what;
    }

    public boolean more() {
        return at < csv.length();
    }

    /**
     * The next record.
     *
     * @throws UnreadableDocumentException naming the line, for a quoted field that is never closed
     */
    public Record next() throws UnreadableDocumentException {
        int startLine = line;
        List<String> fields = new ArrayList<>();
        var field = new StringBuilder();
        boolean quoted = false;
        boolean closed = false;
        boolean regular = true;
        while (at < csv.length()) {
            char c = csv.charAt(at++);
            if (quoted) {
                if (c == '"' && at < csv.length() && csv.charAt(at) == '"') {
                    field.append('"');
                    at++;
                } else if (c == '"') {
                    quoted = false;
                    closed = true;
                } else {
                    line += c == '\n' ? 1 : 0;
                    field.append(c);
                }
            } else if (c == '"' && field.toString().isBlank()) {
                field.setLength(0);
                quoted = true;
            } else if (c == separator) {
                fields.add(field.toString());
                field.setLength(0);
                closed = false;
            } else if (c == '\r' || c == '\n') {
                if (c == '\r' && at < csv.length() && csv.charAt(at) == '\n') {
                    at++;
                }
                line++;
                break;
            } else {
                regular &= !closed || Character.isWhitespace(c);
                field.append(c);
            }
        }
        if (quoted) {
            throw new UnreadableDocumentException(what + "'s line " + startLine + " opens a quoted field"
                    + " that is never closed: end it with a double quote (a quote inside is written twice).");
        }
        fields.add(field.toString());
        return new Record(startLine, fields, regular);
    }
}
