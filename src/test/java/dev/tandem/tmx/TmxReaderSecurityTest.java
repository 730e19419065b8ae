// SPDX-License-Identifier: Apache-2.0
package dev.tandem.tmx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** XXE, entity expansion and external fetches: TmxReader must refuse or ignore them, never resolve them. */
class TmxReaderSecurityTest {

    private static final String SECRET = "tandem-secret-3f9c1e";
    private static final String BODY = "<tmx version=\"1.4\"><header srclang=\"en\"/><body>"
            + "<tu><tuv xml:lang=\"en\"><seg>Hello %s</seg></tuv><tuv xml:lang=\"de\"><seg>Hallo</seg></tuv></tu>"
            + "</body></tmx>";

    @TempDir
    Path dir;
    private HttpServer server;
    private final AtomicInteger requests = new AtomicInteger();

    /** A local web server that would serve a DTD declaring an entity; every request is counted. */
    @BeforeEach
    void startServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", exchange -> {
            requests.incrementAndGet();
            byte[] dtd = ("<!ENTITY ext \"" + SECRET + "\">").getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(200, dtd.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(dtd);
            }
        });
        server.start();
    }

    @AfterEach
    void stopServer() {
        server.stop(0);
    }

    private String url(String path) {
        return "http://" + server.getAddress().getHostString() + ":" + server.getAddress().getPort() + path;
    }

    private static TmxContent read(String doc) {
        return TmxReader.read(new ByteArrayInputStream(doc.getBytes(StandardCharsets.UTF_8)), "en", "de", 100);
    }

    /** Asserts that reading fails with a TmxFormatException whose messages (with causes) never contain the secret. */
    private static TmxFormatException refused(String doc) {
        TmxFormatException e = assertThrows(TmxFormatException.class, () -> read(doc));
        for (Throwable t = e; t != null; t = t.getCause()) {
            assertFalse(String.valueOf(t.getMessage()).contains(SECRET), t.getMessage());
            assertFalse(String.valueOf(t.getMessage()).contains("root:"), t.getMessage());
        }
        return e;
    }

    @Test
    void shouldRefuseExternalEntityReadingAFile() throws IOException {
        Path secret = Files.writeString(dir.resolve("secret.txt"), SECRET);
        for (String system : List.of(secret.toUri().toString(), "file:///etc/passwd")) {
            String doc = "<?xml version=\"1.0\"?>\n<!DOCTYPE tmx [\n  <!ENTITY xxe SYSTEM \"" + system + "\">\n]>\n"
                    + BODY.formatted("&xxe;");
            TmxFormatException e = refused(doc);
            assertTrue(e.getMessage().contains("DOCTYPE"), e.getMessage());
            assertTrue(e.getMessage().contains("<!DOCTYPE tmx SYSTEM \"tmx14.dtd\">"), e.getMessage());
            assertEquals(4, e.line());
        }
    }

    @Test
    void shouldRefuseParameterEntitiesFetchingOverHttp() {
        String doc = "<!DOCTYPE tmx [ <!ENTITY % remote SYSTEM \"" + url("/evil.dtd") + "\"> %remote; ]>"
                + BODY.formatted("&ext;");
        refused(doc);
        assertEquals(0, requests.get());
    }

    @Test
    void shouldRefuseBillionLaughsQuickly() {
        StringBuilder doc = new StringBuilder("<?xml version=\"1.0\"?>\n<!DOCTYPE tmx [\n <!ENTITY lol0 \"lol\">\n");
        for (int i = 1; i <= 10; i++) {
            doc.append(" <!ENTITY lol").append(i).append(" \"").append(("&lol" + (i - 1) + ";").repeat(10)).append("\">\n");
        }
        doc.append("]>\n").append(BODY.formatted("&lol10;"));
        TmxFormatException e = assertTimeoutPreemptively(Duration.ofSeconds(20), () -> refused(doc.toString()));
        assertTrue(e.getMessage().contains("DOCTYPE"), e.getMessage());
    }

    @Test
    void shouldRefuseAnInternalSubsetEvenWithoutEntities() {
        refused("<!DOCTYPE tmx SYSTEM \"tmx14.dtd\" [ <!ATTLIST seg foo CDATA #IMPLIED> ]>" + BODY.formatted(""));
    }

    @Test
    void shouldNotFetchAnExternalDtd() {
        TmxContent content = read("<!DOCTYPE tmx SYSTEM \"" + url("/tmx14.dtd") + "\">" + BODY.formatted("world"));
        assertEquals(List.of(new TmxUnit("Hello world", "Hallo")), content.units());
        content = read("<!DOCTYPE tmx PUBLIC \"-//LISA OSCAR:1998//DTD for Translation Memory eXchange//EN\" '"
                + url("/tmx14.dtd") + "'>" + BODY.formatted("world"));
        assertEquals(1, content.units().size());
        assertEquals(0, requests.get());
    }

    @Test
    void shouldNotResolveEntitiesDeclaredInAnExternalDtd() {
        TmxFormatException e = refused("<!DOCTYPE tmx SYSTEM \"" + url("/tmx14.dtd") + "\">" + BODY.formatted("&ext;"));
        assertTrue(e.getMessage().contains("&ext;"), e.getMessage());
        assertEquals(0, requests.get());
    }

    @Test
    void shouldReadTheUsualDoctypeWithoutTouchingTheFileSystem() {
        // tmx14.dtd does not exist relative to the working directory; it must not be looked for.
        TmxContent content = read("<?xml version=\"1.0\"?>\n<!DOCTYPE tmx SYSTEM \"tmx14.dtd\">\n" + BODY.formatted("x"));
        assertEquals(1, content.units().size());
        assertEquals(1, read("<!DOCTYPE tmx SYSTEM 'file:///nonexistent/tmx14.dtd'>" + BODY.formatted("x")).units().size());
    }

    @Test
    void shouldRefuseUndeclaredEntityReferencesCleanly() {
        TmxFormatException e = refused("<?xml version=\"1.0\"?>\n" + BODY.formatted("&nbsp;and &xxe;"));
        assertTrue(e.getMessage().startsWith("Line 2, column "), e.getMessage());
        assertTrue(e.getMessage().contains("&nbsp;"), e.getMessage());
        assertTrue(e.getMessage().contains("numeric character reference"), e.getMessage());
        // In a prop and in an attribute, too.
        refused(BODY.replace("<tu>", "<tu><prop type=\"x\">&xxe;</prop>").formatted(""));
        refused(BODY.replace("<tu>", "<tu tuid=\"&xxe;\">").formatted(""));
    }

    @Test
    void shouldResolvePredefinedEntitiesAndCharacterReferences() {
        TmxContent content = read(BODY.formatted("&lt;&gt;&amp;&quot;&apos; &#233;&#x1F600;"));
        assertEquals("Hello <>&\"' é😀", content.units().get(0).sourceText());
    }
}
