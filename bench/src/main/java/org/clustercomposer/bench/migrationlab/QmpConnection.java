package org.clustercomposer.bench.migrationlab;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.Channels;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

/**
 * One QMP session with a QEMU process over its unix socket: the greeting, {@code qmp_capabilities},
 * then one command at a time. Events that arrive between replies are skipped. Reads block; the
 * lab's watchdog kills QEMU if it stops answering, which ends a blocked read with end of stream.
 */
final class QmpConnection implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final SocketChannel channel;
    private final BufferedReader in;
    private final OutputStream out;

    private QmpConnection(SocketChannel channel) {
        this.channel = channel;
        this.in = new BufferedReader(new InputStreamReader(Channels.newInputStream(channel), StandardCharsets.UTF_8));
        this.out = Channels.newOutputStream(channel);
    }

    /** Connects once the socket exists (QEMU creates it shortly after starting), within {@code wait}. */
    static QmpConnection open(Path socket, Duration wait, QemuProcess owner) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + wait.toNanos();
        while (true) {
            if (!owner.isAlive()) {
                throw new IOException("QEMU exited before its QMP socket answered; see " + owner.log());
            }
            if (Files.exists(socket)) {
                SocketChannel channel = SocketChannel.open(StandardProtocolFamily.UNIX);
                try {
                    channel.connect(UnixDomainSocketAddress.of(socket));
                    QmpConnection qmp = new QmpConnection(channel);
                    qmp.readMessage();
                    qmp.execute("qmp_capabilities", Map.of());
                    return qmp;
                } catch (IOException notYet) {
                    channel.close();
                }
            }
            if (System.nanoTime() > deadline) {
                throw new IOException("no QMP answer on " + socket + " within " + wait.toSeconds() + " s");
            }
            Thread.sleep(20);
        }
    }

    /** Runs a command and returns its {@code return} value; a QMP error becomes a {@link QmpException}. */
    JsonNode execute(String command, Map<String, ?> arguments) throws IOException {
        ObjectNode request = JSON.createObjectNode().put("execute", command);
        if (!arguments.isEmpty()) {
            request.set("arguments", JSON.valueToTree(arguments));
        }
        out.write((JSON.writeValueAsString(request) + "\n").getBytes(StandardCharsets.UTF_8));
        out.flush();
        while (true) {
            JsonNode reply = readMessage();
            if (reply.has("event")) {
                continue;
            }
            if (reply.has("error")) {
                throw new QmpException(command, reply.path("error").path("desc").asText(reply.toString()));
            }
            return reply.path("return");
        }
    }

    private JsonNode readMessage() throws IOException {
        String line = in.readLine();
        if (line == null) {
            throw new IOException("QMP connection closed (QEMU exited)");
        }
        return JSON.readTree(line);
    }

    @Override
    public void close() throws IOException {
        channel.close();
    }

    /** QEMU refused a command. */
    static final class QmpException extends IOException {
        QmpException(String command, String description) {
            super("QMP " + command + ": " + description);
        }
    }
}
