package dev.agora.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The real Redis server for a test class, checked with a PING before the tests. Register it as a static
 * {@code @RegisterExtension} field. The server is {@code AGORA_TEST_REDIS_URL} (default redis://127.0.0.1:6379). When it
 * does not answer the tests are skipped with the reason printed, except under {@code CI=true}, where they fail.
 */
public final class RedisServer implements BeforeAllCallback {

    private final URI uri = URI.create(System.getenv().getOrDefault("AGORA_TEST_REDIS_URL", "redis://127.0.0.1:6379"));

    public URI uri() {
        return uri;
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(uri.getHost(), uri.getPort()), 2_000);
            socket.setSoTimeout(2_000);
            OutputStream out = socket.getOutputStream();
            out.write("PING\r\n".getBytes(StandardCharsets.US_ASCII));
            out.flush();
            InputStream in = socket.getInputStream();
            byte[] answer = in.readNBytes(7);
            if (!new String(answer, StandardCharsets.US_ASCII).equals("+PONG\r\n")) {
                throw new IOException("it answered " + new String(answer, StandardCharsets.US_ASCII).strip());
            }
        } catch (IOException unreachable) {
            Unreachable.skipOrFail(
                    context,
                    "Redis does not answer at " + uri + " (" + unreachable.getMessage() + ")",
                    unreachable,
                    "Start Redis (see README) to run these tests.");
        }
    }
}
