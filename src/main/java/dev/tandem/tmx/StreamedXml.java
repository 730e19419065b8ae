// SPDX-License-Identifier: Apache-2.0
package dev.tandem.tmx;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/** The end of an XML file written as a stream (TMX, XLIFF), and its failures told as I/O failures. */
public final class StreamedXml {

    private StreamedXml() {
    }

    /**
     * Ends the two elements still open (the body or file, then the root), ends the document and flushes it through
     * {@code buffer}. The stream under {@code buffer} stays open: {@link XMLStreamWriter#close()} frees the writer
     * and, per its contract, leaves the stream alone.
     *
     * @throws UncheckedIOException if writing fails
     */
    public static void endTwoElements(XMLStreamWriter xml, Writer buffer, String format) {
        try {
            xml.writeCharacters("\n  ");
            xml.writeEndElement();
            xml.writeCharacters("\n");
            xml.writeEndElement();
            xml.writeEndDocument();
            xml.writeCharacters("\n");
            xml.flush();
            buffer.flush();
            xml.close();
        } catch (XMLStreamException e) {
            throw failure(e, format);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The I/O failure under a writer's exception (a client gone), or the exception itself as one. */
    public static UncheckedIOException failure(XMLStreamException e, String format) {
        Throwable cause = e.getNestedException() != null ? e.getNestedException() : e.getCause();
        return new UncheckedIOException(cause instanceof IOException io ? io
                : new IOException("Writing " + format + " failed: " + e.getMessage(), e));
    }
}
