// SPDX-License-Identifier: Apache-2.0
package dev.tandem.formats;

import dev.tandem.segment.SrxDocument;
import dev.tandem.segment.SrxLanguageMap;
import dev.tandem.segment.SrxLanguageRule;
import dev.tandem.segment.SrxRule;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamReader;

/**
 * Reads an SRX 2.0 document (LISA's Segmentation Rules eXchange) into {@link SrxDocument}, checking it in full:
 * well-formed XML without DOCTYPE, an {@code <srx version="2.0">} root, unique rule names, maps naming defined rules,
 * and every regular expression compiling. Each refusal names the line and, for a rule, the rule. The
 * {@code formathandle} and {@code segmentsubflows} settings concern markup, which Tandem's plain texts do not have;
 * they are read past.
 */
public final class SrxReader {
    static final String WHAT = "The SRX file";

    private SrxReader() {
    }

    public static SrxDocument read(InputStream in) throws UnreadableDocumentException {
        try (SafeXml xml = SafeXml.open(in, SafeXml.Doctype.REFUSED, WHAT,
                "Remove the DOCTYPE and upload the file again.", "tool")) {
            String root = xml.root();
            if (!root.equals("srx")) {
                throw xml.at(WHAT + " starts with <" + root + ">, not <srx>: upload an SRX 2.0 document.");
            }
            String version = xml.attribute("version");
            if (!"2.0".equals(version)) {
                throw xml.at("This is SRX version " + (version == null ? "(none given)" : version)
                        + "; Tandem reads SRX 2.0 (<srx version=\"2.0\" xmlns=\"http://www.lisa.org/srx20\">). Save"
                        + " the rules as SRX 2.0 and upload them again.");
            }
            boolean cascade = false;
            List<SrxLanguageRule> rules = new ArrayList<>();
            List<SrxLanguageMap> maps = new ArrayList<>();
            boolean sawBody = false;
            while (xml.nextChild()) {
                switch (xml.reader().getLocalName()) {
                    case "header" -> {
                        cascade = "yes".equalsIgnoreCase(xml.attribute("cascade"));
                        xml.skipElement();
                    }
                    case "body" -> {
                        sawBody = true;
                        readBody(xml, rules, maps);
                    }
                    default -> throw unexpected(xml, "<srx>");
                }
            }
            if (!sawBody) {
                throw xml.at(WHAT + " has no <body>: it holds no rules.");
            }
            xml.finish();
            try {
                return new SrxDocument(cascade, rules, maps);
            } catch (IllegalArgumentException e) {
                throw xml.at(e.getMessage()); // checked element by element above; this is a last resort
            }
        }
    }

    private static void readBody(SafeXml xml, List<SrxLanguageRule> rules, List<SrxLanguageMap> maps)
            throws UnreadableDocumentException {
        Set<String> names = new LinkedHashSet<>();
        while (xml.nextChild()) {
            switch (xml.reader().getLocalName()) {
                case "languagerules" -> {
                    while (xml.nextChild()) {
                        if (!xml.reader().getLocalName().equals("languagerule")) {
                            throw unexpected(xml, "<languagerules>");
                        }
                        SrxLanguageRule rule = readLanguageRule(xml);
                        if (!names.add(rule.name())) {
                            throw xml.at("Two language rules are named \"" + rule.name()
                                    + "\": give each its own languagerulename.");
                        }
                        rules.add(rule);
                    }
                }
                case "maprules" -> {
                    while (xml.nextChild()) {
                        if (!xml.reader().getLocalName().equals("languagemap")) {
                            throw unexpected(xml, "<maprules>");
                        }
                        SrxLanguageMap map = new SrxLanguageMap(
                                required(xml, "languagepattern"), required(xml, "languagerulename"));
                        check(xml, () -> SrxDocument.checkMap(map, names));
                        maps.add(map);
                        xml.skipElement();
                    }
                }
                default -> throw unexpected(xml, "<body>");
            }
        }
    }

    private static SrxLanguageRule readLanguageRule(SafeXml xml) throws UnreadableDocumentException {
        String name = required(xml, "languagerulename");
        List<SrxRule> rules = new ArrayList<>();
        while (xml.nextChild()) {
            if (!xml.reader().getLocalName().equals("rule")) {
                throw unexpected(xml, "<languagerule>");
            }
            String breakValue = xml.attribute("break");
            if (breakValue != null && !breakValue.equals("yes") && !breakValue.equals("no")) {
                throw xml.at("Rule " + (rules.size() + 1) + " of the language rule \"" + name + "\" has break=\""
                        + breakValue + "\": write break=\"yes\" or break=\"no\".");
            }
            String before = null;
            String after = null;
            while (xml.nextChild()) {
                switch (xml.reader().getLocalName()) {
                    case "beforebreak" -> before = text(xml);
                    case "afterbreak" -> after = text(xml);
                    default -> throw unexpected(xml, "<rule>");
                }
            }
            SrxRule rule = new SrxRule(!"no".equals(breakValue), before, after);
            int number = rules.size() + 1;
            check(xml, () -> SrxDocument.checkRule(rule, name, number));
            rules.add(rule);
        }
        return new SrxLanguageRule(name, rules);
    }

    /** The element's text (a regular expression: whitespace kept as written), ending on its end tag. */
    private static String text(SafeXml xml) throws UnreadableDocumentException {
        StringBuilder text = new StringBuilder();
        while (true) {
            int event = xml.next();
            XMLStreamReader reader = xml.reader();
            switch (event) {
                case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE ->
                        text.append(reader.getText());
                case XMLStreamConstants.START_ELEMENT -> throw xml.at("<" + reader.getLocalName() + "> may not"
                        + " appear inside a regular expression: write the pattern as plain text.");
                case XMLStreamConstants.END_ELEMENT -> {
                    return text.toString();
                }
                default -> {
                }
            }
        }
    }

    private static String required(SafeXml xml, String attribute) throws UnreadableDocumentException {
        String value = xml.reader().getAttributeValue(null, attribute);
        if (value == null || value.isEmpty()) {
            throw xml.at("<" + xml.reader().getLocalName() + "> lacks its " + attribute + " attribute.");
        }
        return value;
    }

    private static void check(SafeXml xml, Runnable check) throws UnreadableDocumentException {
        try {
            check.run();
        } catch (IllegalArgumentException e) {
            throw xml.at(e.getMessage());
        }
    }

    private static UnreadableXmlException unexpected(SafeXml xml, String parent) {
        return xml.at("<" + xml.reader().getLocalName() + "> does not belong in " + parent
                + " in SRX 2.0: remove it, or check that the file is an SRX 2.0 document.");
    }
}
