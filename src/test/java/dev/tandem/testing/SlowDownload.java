// SPDX-License-Identifier: Apache-2.0
package dev.tandem.testing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * An HTTP/1.1 GET over a raw socket with a small receive buffer, read at the pace the caller sets: a slow client
 * whose reading holds the server back. The chunked transfer coding is decoded strictly, so a response the server
 * broke off (no terminating zero-length chunk) is told from a whole one, as curl would tell it.
 */
public final class SlowDownload {
    /** Called after each read with the body bytes received so far; may sleep (a slow reader) or act meanwhile. */
    @FunctionalInterface
    public interface Pace {
        void received(long bytes) throws Exception;
    }

    /**
     * What came back. {@code complete}: the body ended as HTTP says a body ends (the terminating chunk, or all of
     * Content-Length); otherwise {@code error} says how it broke off.
     */
    public record Result(int status, Map<String, String> headers, byte[] body, boolean complete, String error) {
        public String text() {
            return new String(body, StandardCharsets.UTF_8);
        }
    }

    private static final int RECEIVE_BUFFER = 4096;
    private static final int READ_SIZE = 2048;

    private SlowDownload() {
    }

    /** GETs {@code path} from localhost:{@code port} as the test admin, calling {@code pace} as the body arrives. */
    public static Result get(int port, String path, Pace pace) throws Exception {
        return get(port, path, AdminCredentials.USERNAME, AdminCredentials.PASSWORD, pace);
    }

    public static Result get(int port, String path, String username, String password, Pace pace) throws Exception {
        try (Socket socket = new Socket()) {
            // Set before connecting, so the window the server sees stays small and its writes block early.
            socket.setReceiveBufferSize(RECEIVE_BUFFER);
            socket.setSoTimeout(120_000);
            socket.connect(new InetSocketAddress("localhost", port), 5_000);
            String credentials = Base64.getEncoder()
                    .encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
            OutputStream out = socket.getOutputStream();
            out.write(("GET " + path + " HTTP/1.1\r\nHost: localhost\r\nAuthorization: Basic " + credentials
                    + "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            out.flush();
            return new Reader(socket.getInputStream(), pace).read();
        }
    }

    private static final class Reader {
        private final InputStream in;
        private final Pace pace;
        private final ByteArrayOutputStream body = new ByteArrayOutputStream();

        Reader(InputStream in, Pace pace) {
            this.in = in;
            this.pace = pace;
        }

        Result read() throws Exception {
            String statusLine = line();
            int status = Integer.parseInt(statusLine.split(" ")[1]);
            Map<String, String> headers = new LinkedHashMap<>();
            for (String header = line(); !header.isEmpty(); header = line()) {
                int colon = header.indexOf(':');
                headers.put(header.substring(0, colon).strip().toLowerCase(Locale.ROOT), header.substring(colon + 1).strip());
            }
            try {
                if ("chunked".equalsIgnoreCase(headers.get("transfer-encoding"))) {
                    chunked();
                } else if (headers.containsKey("content-length")) {
                    copy(Long.parseLong(headers.get("content-length")));
                } else {
                    throw new IOException("neither chunked nor Content-Length: the end of the body cannot be told");
                }
                return new Result(status, headers, body.toByteArray(), true, null);
            } catch (IOException e) {
                return new Result(status, headers, body.toByteArray(), false, e.toString());
            }
        }

        private void chunked() throws Exception {
            while (true) {
                String sizeLine = line();
                int semicolon = sizeLine.indexOf(';');
                long size = Long.parseLong((semicolon < 0 ? sizeLine : sizeLine.substring(0, semicolon)).strip(), 16);
                if (size == 0) {
                    while (!line().isEmpty()) {
                        // trailers
                    }
                    return;
                }
                copy(size);
                if (!line().isEmpty()) {
                    throw new IOException("chunk not followed by CRLF");
                }
            }
        }

        private void copy(long size) throws Exception {
            byte[] buffer = new byte[READ_SIZE];
            long left = size;
            while (left > 0) {
                int n = in.read(buffer, 0, (int) Math.min(buffer.length, left));
                if (n < 0) {
                    throw new IOException("connection closed " + left + " bytes before the end of a chunk");
                }
                body.write(buffer, 0, n);
                left -= n;
                pace.received(body.size());
            }
        }

        private String line() throws IOException {
            var line = new ByteArrayOutputStream();
            int previous = -1;
            while (true) {
                int b = in.read();
                if (b < 0) {
                    throw new IOException("connection closed before the end of the response ("
                            + body.size() + " body bytes received)");
                }
                if (previous == '\r' && b == '\n') {
                    byte[] bytes = line.toByteArray();
                    return new String(bytes, 0, bytes.length - 1, StandardCharsets.US_ASCII);
                }
                line.write(b);
                previous = b;
            }
        }
    }
}
