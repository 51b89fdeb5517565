package dev.grantry.it.production;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * A plain-HTTP form POST sent from a chosen loopback address (such as 127.0.0.2, which Linux routes to the loopback
 * interface like 127.0.0.1), so that a test can be a trusted proxy or an untrusted client of one server. The JDK's
 * HTTP client cannot choose its source address on Java 17, hence a socket and HTTP/1.0 (one request, no chunking).
 */
final class FromAddress {

    /** An answer's status code and body. */
    record Answer(int status, String body) {}

    private FromAddress() {}

    /** POSTs {@code form} (already encoded) to {@code path} on 127.0.0.1:{@code port} from {@code source}. */
    static Answer post(String source, int port, String path, Map<String, String> headers, String form) {
        try (Socket socket = new Socket()) {
            socket.bind(new InetSocketAddress(InetAddress.getByName(source), 0));
            socket.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 10_000);
            socket.setSoTimeout(30_000);
            StringBuilder request = new StringBuilder("POST " + path + " HTTP/1.0\r\n")
                    .append("Host: 127.0.0.1:")
                    .append(port)
                    .append("\r\n")
                    .append("Content-Type: application/x-www-form-urlencoded\r\n")
                    .append("Content-Length: ")
                    .append(form.getBytes(StandardCharsets.UTF_8).length)
                    .append("\r\n");
            headers.forEach((name, value) ->
                    request.append(name).append(": ").append(value).append("\r\n"));
            request.append("\r\n").append(form);
            OutputStream out = socket.getOutputStream();
            out.write(request.toString().getBytes(StandardCharsets.UTF_8));
            out.flush();
            InputStream in = socket.getInputStream();
            String response = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            int status = Integer.parseInt(response.split(" ", 3)[1]);
            int bodyStart = response.indexOf("\r\n\r\n");
            return new Answer(status, bodyStart < 0 ? "" : response.substring(bodyStart + 4));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
