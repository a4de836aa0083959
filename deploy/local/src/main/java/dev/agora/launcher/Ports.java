package dev.agora.launcher;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Whether a port is free, and if not, which process holds it (read from /proc where there is one). */
public final class Ports {

    private Ports() {}

    public static boolean isFree(int port) {
        try (ServerSocket socket = new ServerSocket()) {
            socket.setReuseAddress(true);
            socket.bind(new InetSocketAddress(InetAddress.getByName("0.0.0.0"), port));
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    /** Fails with a one-line message naming the port and its owner when the port is taken. */
    public static void requireFree(int port, String wantedBy) {
        if (!isFree(port)) {
            throw new LaunchFailure("Port " + port + " is already in use by " + owner(port) + "; " + wantedBy
                    + " needs it. Stop that process, or run ./agora down if it is an earlier Agora.");
        }
    }

    static String owner(int port) {
        return findListeningInode(port)
                .flatMap(Ports::processWithSocket)
                .orElse("another process (its owner could not be read)");
    }

    private static Optional<String> findListeningInode(int port) {
        String hexPort = String.format(Locale.ROOT, ":%04X", port);
        for (String table : List.of("/proc/net/tcp", "/proc/net/tcp6")) {
            try {
                for (String line : Files.readAllLines(Path.of(table))) {
                    String[] fields = line.trim().split("\\s+");
                    // local_address is field 1, state 3 (0A = LISTEN), inode 9.
                    if (fields.length > 9 && fields[1].endsWith(hexPort) && fields[3].equals("0A")) {
                        return Optional.of(fields[9]);
                    }
                }
            } catch (IOException | RuntimeException e) {
                // No /proc (not Linux) or not readable: the caller says the owner is unknown.
            }
        }
        return Optional.empty();
    }

    private static Optional<String> processWithSocket(String inode) {
        String target = "socket:[" + inode + "]";
        try (DirectoryStream<Path> processes = Files.newDirectoryStream(Path.of("/proc"), "[0-9]*")) {
            for (Path process : processes) {
                try (DirectoryStream<Path> fds = Files.newDirectoryStream(process.resolve("fd"))) {
                    for (Path fd : fds) {
                        if (target.equals(Files.readSymbolicLink(fd).toString())) {
                            return Optional.of("pid " + process.getFileName() + " (" + commandOf(process) + ")");
                        }
                    }
                } catch (IOException | RuntimeException e) {
                    // A process that ended meanwhile, or one we may not inspect: look at the next one.
                }
            }
        } catch (IOException e) {
            return Optional.empty();
        }
        return Optional.empty();
    }

    private static String commandOf(Path process) throws IOException {
        String command = new String(Files.readAllBytes(process.resolve("cmdline")))
                .replace('\0', ' ')
                .strip();
        return command.length() > 100 ? command.substring(0, 100) + "..." : command;
    }
}
