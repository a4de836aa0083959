package dev.agora.launcher;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** The SHA-256 of a file's content: what tells a jar from another, whatever its time stamps. */
final class Sha256 {

    private Sha256() {}

    static String of(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            in.transferTo(new DigestOutputStream(OutputStream.nullOutputStream(), digest));
            return HexFormat.of().formatHex(digest.digest());
        } catch (IOException e) {
            throw new LaunchFailure("Cannot read " + file + ": " + e.getMessage());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    /**
     * The SHA-256 of {@code file}, remembered in {@code record} with the file's size and time stamp and read again only
     * when one of them changed: hashing every service's jar took three of the four seconds before a start.
     */
    static String remembered(Path file, Path record) {
        try {
            BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
            String stamp =
                    attributes.size() + " " + attributes.lastModifiedTime().toMillis();
            if (Files.isRegularFile(record)) {
                String[] kept = Files.readString(record).strip().split(" ", 2); // digest, then stamp
                if (kept.length == 2 && kept[1].equals(stamp)) {
                    return kept[0];
                }
            }
            String digest = of(file);
            // Written aside and moved into place: another launcher may read the record meanwhile.
            Path partial = record.resolveSibling(
                    record.getFileName() + ".partial-" + ProcessHandle.current().pid());
            Files.createDirectories(record.getParent());
            Files.writeString(partial, digest + " " + stamp);
            Files.move(partial, record, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            return digest;
        } catch (IOException e) {
            throw new LaunchFailure("Cannot read " + file + " or its digest " + record + ": " + e.getMessage());
        }
    }
}
