// SPDX-License-Identifier: Apache-2.0
package dev.tandem.formats;

import java.io.CharConversionException;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.regex.Pattern;
import javax.xml.XMLConstants;
import javax.xml.stream.Location;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * A StAX reader that never resolves anything: the JDK's own parser with DTDs and external entities off and external
 * access denied. {@link #next()} is the only way to read events, and it refuses a DOCTYPE with an internal subset
 * (entity declarations: XXE, "billion laughs") and any entity reference other than the five predefined ones and
 * character references. Every failure becomes an {@link UnreadableXmlException} naming line and column. Serves
 * the XLIFF and DOCX readers here and {@code dev.tandem.tmx.TmxReader}.
 */
public final class SafeXml implements AutoCloseable {
    /** Whether a DOCTYPE may appear at all (XLIFF 1.0 and TMX files name a DTD; Word never writes one). */
    public enum Doctype { REFUSED, EXTERNAL_ONLY }

    private static final String LITERAL = "(\"[^\"]*\"|'[^']*')";
    /** The only DOCTYPE form accepted: a name and optionally an external ID, no internal subset. */
    private static final Pattern PLAIN_DOCTYPE = Pattern.compile("<!DOCTYPE\\s+[^\\s\\[>]+(\\s+(SYSTEM\\s+" + LITERAL
            + "|PUBLIC\\s+" + LITERAL + "\\s+" + LITERAL + "))?\\s*>");

    private final XMLStreamReader xml;
    private final Doctype doctype;
    private final String what;
    private final String doctypeFix;
    private final String creator;

    private SafeXml(XMLStreamReader xml, Doctype doctype, String what, String doctypeFix, String creator) {
        this.xml = xml;
        this.doctype = doctype;
        this.what = what;
        this.doctypeFix = doctypeFix;
        this.creator = creator;
    }

    /**
     * @param what names the file or part in messages, e.g. "The XLIFF file"; {@code in} is not closed
     */
    static SafeXml open(InputStream in, Doctype doctype, String what) throws UnreadableDocumentException {
        return open(in, doctype, what, "Remove the DOCTYPE and upload the file again.", "application");
    }

    /**
     * @param what       names the file or part in messages, e.g. "The file"; {@code in} is not closed
     * @param doctypeFix how to fix a DOCTYPE with an internal subset, ending the message that refuses it
     * @param creator    what made the file, in "export it again from the {@code creator} that created it"
     */
    public static SafeXml open(InputStream in, Doctype doctype, String what, String doctypeFix, String creator)
            throws UnreadableDocumentException {
        try {
            return new SafeXml(factory().createXMLStreamReader(new KeepOpen(in)), doctype, what, doctypeFix, creator);
        } catch (XMLStreamException e) {
            throw translate(e, what, creator);
        }
    }

    private static XMLInputFactory factory() {
        // The JDK's implementation, whose behaviour with these settings the tests pin down; a StAX provider that
        // happens to be on the classpath might resolve entities differently.
        XMLInputFactory factory = XMLInputFactory.newDefaultFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        // Undeclared entities then arrive as ENTITY_REFERENCE events, which next() refuses with a clear message.
        // (IS_COALESCING must stay off: it makes the JDK parser replace references, failing with a vaguer error.)
        factory.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
        setIfSupported(factory, XMLConstants.ACCESS_EXTERNAL_DTD, "");
        setIfSupported(factory, XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
        // Never reached with DTD support off; if a future parser tried anyway, it fails instead of fetching.
        factory.setXMLResolver((publicId, systemId, baseUri, namespace) -> {
            throw new XMLStreamException("Tandem does not load external files (" + systemId + ")");
        });
        return factory;
    }

    private static void setIfSupported(XMLInputFactory factory, String name, Object value) {
        if (factory.isPropertySupported(name)) {
            factory.setProperty(name, value);
        }
    }

    public XMLStreamReader reader() {
        return xml;
    }

    /** The next event, after the DOCTYPE and entity checks. */
    public int next() throws UnreadableDocumentException {
        int event;
        try {
            event = xml.next();
        } catch (XMLStreamException e) {
            throw translate(e, what, creator);
        }
        if (event == XMLStreamConstants.DTD) {
            checkDoctype(xml.getText());
        } else if (event == XMLStreamConstants.ENTITY_REFERENCE) {
            throw at("The entity reference &" + xml.getLocalName() + "; is not defined in XML, and Tandem does not"
                    + " read entity declarations. Replace it with the character itself or a numeric character"
                    + " reference such as &#233;.");
        }
        return event;
    }

    /** Moves to the root element and returns its local name. */
    public String root() throws UnreadableDocumentException {
        for (int event = next(); event != XMLStreamConstants.START_ELEMENT; event = next()) {
            if (event == XMLStreamConstants.END_DOCUMENT) {
                throw at(what + " has no XML elements.");
            }
        }
        return xml.getLocalName();
    }

    /** Moves to the next child element of the current element: true on its start, false on the parent's end. */
    public boolean nextChild() throws UnreadableDocumentException {
        while (true) {
            switch (next()) {
                case XMLStreamConstants.START_ELEMENT -> {
                    return true;
                }
                case XMLStreamConstants.END_ELEMENT -> {
                    return false;
                }
                default -> {
                }
            }
        }
    }

    public void skipElement() throws UnreadableDocumentException {
        for (int depth = 1; depth > 0; ) {
            switch (next()) {
                case XMLStreamConstants.START_ELEMENT -> depth++;
                case XMLStreamConstants.END_ELEMENT -> depth--;
                default -> {
                }
            }
        }
    }

    /** Reads on to the end, so that garbage after the root element is an error as in any malformed XML. */
    public void finish() throws UnreadableDocumentException {
        while (hasNext()) {
            next();
        }
    }

    private boolean hasNext() throws UnreadableDocumentException {
        try {
            return xml.hasNext();
        } catch (XMLStreamException e) {
            throw translate(e, what, creator);
        }
    }

    public String attribute(String name) {
        String value = xml.getAttributeValue(null, name);
        return value == null || value.isBlank() ? null : value.strip();
    }

    private void checkDoctype(String text) throws UnreadableDocumentException {
        // An allow-list rather than a search for "<!ENTITY": the JDK reports a DOCTYPE with an internal subset
        // only partly, and no declaration of any kind is needed to read these formats.
        if (doctype == Doctype.REFUSED) {
            throw at(what + " has a DOCTYPE declaration, which this format never has and which Tandem refuses for"
                    + " security reasons (entity declarations can read local files or expand without end). Save"
                    + " the document again from its application and upload that file.");
        }
        if (text == null || !PLAIN_DOCTYPE.matcher(text.strip()).matches()) {
            throw at("The DOCTYPE of " + lower(what) + " declares entities or other markup of its own (an internal"
                    + " subset in [...]), which Tandem refuses for security reasons. " + doctypeFix);
        }
    }

    public UnreadableXmlException at(String problem) {
        return located(problem, xml.getLocation(), null);
    }

    private static UnreadableXmlException located(String problem, Location location, Throwable cause) {
        return location == null ? new UnreadableXmlException(problem, -1, -1, cause)
                : new UnreadableXmlException(problem, location.getLineNumber(), location.getColumnNumber(), cause);
    }

    private static UnreadableDocumentException translate(XMLStreamException e, String what, String creator) {
        Throwable nested = e.getNestedException() != null ? e.getNestedException() : e.getCause();
        if (nested instanceof CharConversionException) {
            return located(what + " is not in the encoding it declares (" + nested.getMessage() + "). Save it"
                    + " again as UTF-8, or correct the encoding in the <?xml ...?> declaration.", e.getLocation(), e);
        }
        if (nested instanceof ExpansionLimitException limit) {
            return new DocumentTooLargeException(limit.getMessage()); // tripped while the parser was reading
        }
        if (nested instanceof IOException io) {
            throw new UncheckedIOException(io);
        }
        return located(what + " is not well-formed XML: " + parserMessage(e) + " It may be truncated or damaged;"
                + " export it again from the " + creator + " that created it.", e.getLocation(), e);
    }

    /** The parser's own explanation, without the "ParseError at [row,col]" prefix that the location replaces. */
    private static String parserMessage(XMLStreamException e) {
        String message = String.valueOf(e.getMessage());
        int start = message.indexOf("Message: ");
        String text = (start >= 0 ? message.substring(start + "Message: ".length()) : message).strip();
        return text.endsWith(".") ? text : text + ".";
    }

    private static String lower(String what) {
        return Character.toLowerCase(what.charAt(0)) + what.substring(1);
    }

    @Override
    public void close() {
        try {
            xml.close();
        } catch (XMLStreamException e) {
            // Closing only frees the parser; the stream belongs to the caller.
        }
    }

    /** The JDK parser closes its input at the end of the document, but {@code in} belongs to the caller. */
    private static final class KeepOpen extends FilterInputStream {
        KeepOpen(InputStream in) {
            super(in);
        }

        @Override
        public void close() {
        }
    }
}
