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
import java.util.regex.Pattern;

/** The SHA-256 of a file's content: what tells a jar from another, whatever its time stamps. */
final class Sha256 {

    private static final Pattern DIGEST = Pattern.compile("[0-9a-f]{64}");

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
     * The SHA-256 of {@code file}, remembered in {@code record} with what tells a rewritten file (its size, time stamp,
     * inode and change time, which no copying tool preserves) and read again only when one of them changed: hashing
     * every service's jar took three of the four seconds before a start. The record is a cache: deleting it, or failing
     * to write it, costs a hash, never a start.
     */
    static String remembered(Path file, Path record) {
        String stamp = stampOf(file);
        try {
            String[] kept = Files.readString(record).strip().split(" ", 2); // digest, then stamp
            if (kept.length == 2
                    && kept[1].equals(stamp)
                    && DIGEST.matcher(kept[0]).matches()) {
                return kept[0];
            }
        } catch (IOException none) {
            // no record yet: hashed below
        }
        String digest = of(file);
        // Written aside and moved into place: another launcher may read the record meanwhile.
        Path partial = record.resolveSibling(
                record.getFileName() + ".partial-" + ProcessHandle.current().pid());
        try {
            Files.createDirectories(record.getParent());
            Files.writeString(partial, digest + " " + stamp);
            Files.move(partial, record, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            // not remembered: the next start hashes again
        } finally {
            FileTrees.delete(partial);
        }
        return digest;
    }

    private static String stampOf(Path file) {
        try {
            BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
            Object changed = file.getFileSystem().supportedFileAttributeViews().contains("unix")
                    ? Files.getAttribute(file, "unix:ctime")
                    : "";
            return attributes.size() + " " + attributes.lastModifiedTime().toMillis() + " " + attributes.fileKey() + " "
                    + changed;
        } catch (IOException e) {
            throw new LaunchFailure("Cannot read " + file + ": " + e.getMessage());
        }
    }
}
