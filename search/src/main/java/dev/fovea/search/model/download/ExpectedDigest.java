package dev.fovea.search.model.download;

import dev.fovea.search.FoveaException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * What a downloaded file must hash to. Large (LFS) files are known by their SHA-256; small files that the hub
 * keeps in git directly are known by their git blob hash (SHA-1 over {@code "blob <size>\0"} and the bytes),
 * which is what the hub sends as their ETag.
 */
record ExpectedDigest(Kind kind, String hex, String origin) {
    enum Kind {
        SHA256,
        GIT_BLOB_SHA1
    }

    static ExpectedDigest sha256(String hex, String origin) {
        return new ExpectedDigest(Kind.SHA256, hex, origin);
    }

    static ExpectedDigest gitBlob(String hex, String origin) {
        return new ExpectedDigest(Kind.GIT_BLOB_SHA1, hex, origin);
    }

    String actual(Path file) {
        return kind == Kind.SHA256 ? Sha256.of(file) : gitBlobSha1(file);
    }

    String describe() {
        return (kind == Kind.SHA256 ? "SHA-256 " : "git blob SHA-1 ") + hex + " (" + origin + ")";
    }

    private static String gitBlobSha1(Path file) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-1");
            digest.update(("blob " + Files.size(file) + "\0").getBytes(StandardCharsets.US_ASCII));
            byte[] buffer = new byte[1 << 16];
            try (InputStream in = Files.newInputStream(file)) {
                for (int read; (read = in.read(buffer)) > 0; ) {
                    digest.update(buffer, 0, read);
                }
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (IOException e) {
            throw new FoveaException("Cannot read " + file + ": " + e.getMessage(), e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-1", e);
        }
    }
}
