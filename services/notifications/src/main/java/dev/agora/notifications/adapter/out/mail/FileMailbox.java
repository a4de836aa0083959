package dev.agora.notifications.adapter.out.mail;

import dev.agora.notifications.application.port.Mailbox;
import dev.agora.notifications.domain.Notification;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * Development mail: each notification becomes an RFC 5322 message in a file (agora.notifications.mail-dir, by default
 * .agora/mail), named after its order and kind, so that sending it again rewrites the same file. The dev profile
 * chooses it ({@code agora.notifications.mail.kind: files}); the prod profile refuses it.
 */
public class FileMailbox implements Mailbox {

    private final Path directory;

    public FileMailbox(Path directory) {
        this.directory = directory;
    }

    @Override
    public void send(Notification notification) {
        String message = """
                From: Agora <orders@agora.test>
                To: customer %s
                Subject: %s
                Date: %s
                Message-ID: <%s@agora.test>
                X-Agora-Order-Id: %s
                Content-Type: text/plain; charset=UTF-8

                %s
                """.formatted(
                        notification.customerId(),
                        notification.subject(),
                        DateTimeFormatter.RFC_1123_DATE_TIME.format(
                                notification.at().atOffset(ZoneOffset.UTC)),
                        notification.id(),
                        notification.orderId(),
                        notification.message())
                .replace("\n", "\r\n");
        Path file = fileOf(notification);
        try {
            Files.createDirectories(directory);
            // Written whole, then moved in place: a reader never sees half a message.
            Path partial = Files.createTempFile(directory, "sending-", ".tmp");
            Files.writeString(partial, message, StandardCharsets.UTF_8);
            Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the mail " + file, e);
        }
    }

    @Override
    public void forget(Notification notification) {
        Path file = fileOf(notification);
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot delete the mail " + file, e);
        }
    }

    private Path fileOf(Notification notification) {
        return directory.resolve(
                notification.orderId() + "-" + notification.kind().name().toLowerCase() + ".eml");
    }
}
