package dev.steward.store;

import dev.steward.app.FileContent;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HexFormat;

/**
 * Evidence file contents in {@code evidence_blob}, keyed by SHA-256. Stored inside the caller's transaction;
 * the file is hashed again as it is read, so content that changed since it was measured is refused.
 */
final class EvidenceBlobs {

    void store(Connection c, FileContent f) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT 1 FROM evidence_blob WHERE sha256 = ?")) {
            ps.setString(1, f.sha256());
            try (ResultSet rs = ps.executeQuery()) {
                if (rs.next()) return; // the same content is already kept
            }
        }
        if (f.sizeBytes() > FileContent.MAX_BYTES) throw tooLarge(f.file(), f.sizeBytes());
        byte[] bytes;
        try {
            long size = Files.size(f.file());
            if (size > FileContent.MAX_BYTES) throw tooLarge(f.file(), size);
            bytes = Files.readAllBytes(f.file());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + f.file() + ": " + e.getMessage(), e);
        }
        String actual = sha256(bytes);
        if (!actual.equals(f.sha256())) {
            throw new IllegalStateException(f.file().getFileName() + " changed while it was being attached; attach it again");
        }
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO evidence_blob(sha256, content) VALUES (?, ?)")) {
            ps.setString(1, actual);
            ps.setBytes(2, bytes);
            ps.executeUpdate();
        }
    }

    void copyOut(Connection c, String sha256, Path target) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT content FROM evidence_blob WHERE sha256 = ?")) {
            ps.setString(1, sha256);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) throw new IllegalStateException("the register holds no file with SHA-256 " + sha256);
                write(rs.getBinaryStream(1), sha256, target);
            }
        }
    }

    private static void write(InputStream content, String sha256, Path target) {
        Path absolute = target.toAbsolutePath();
        try {
            Files.createDirectories(absolute.getParent());
            Path temp = Files.createTempFile(absolute.getParent(), "." + absolute.getFileName(), ".part");
            try {
                MessageDigest digest = digest();
                try (InputStream in = new DigestInputStream(content, digest); OutputStream out = Files.newOutputStream(temp)) {
                    in.transferTo(out);
                }
                String actual = HexFormat.of().formatHex(digest.digest());
                if (!actual.equals(sha256)) {
                    throw new IllegalStateException("the stored file does not match its SHA-256 (" + sha256 + "); the register is damaged");
                }
                Files.move(temp, absolute, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } finally {
                Files.deleteIfExists(temp);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + target + ": " + e.getMessage(), e);
        }
    }

    private static IllegalArgumentException tooLarge(Path file, long size) {
        return new IllegalArgumentException(file.getFileName() + " is " + (size / (1024 * 1024)) + " MB; evidence files "
                + "may be at most " + FileContent.MAX_BYTES / (1024 * 1024) + " MB. Attach a smaller extract or a link document.");
    }

    static String sha256(byte[] bytes) {
        return HexFormat.of().formatHex(digest().digest(bytes));
    }

    private static MessageDigest digest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
