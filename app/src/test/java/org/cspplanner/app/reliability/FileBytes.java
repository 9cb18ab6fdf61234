package org.cspplanner.app.reliability;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** What tests look for in a file: a text in the raw bytes (as grep would), and a digest. */
final class FileBytes {
    private FileBytes() {
    }

    static boolean contains(Path file, String text) {
        try {
            byte[] haystack = Files.readAllBytes(file);
            String asLatin1 = new String(haystack, StandardCharsets.ISO_8859_1);
            return asLatin1.contains(new String(text.getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** True when any 12-character stretch of the marker is in the file (a compacted H2 file is LZF-compressed). */
    static boolean containsPartOf(Path file, String marker) {
        for (int i = 0; i + 12 <= marker.length(); i++) {
            if (contains(file, marker.substring(i, i + 12))) {
                return true;
            }
        }
        return false;
    }

    /** A random string of capitals and digits that compresses badly and occurs nowhere by chance. */
    static String marker(long seed) {
        java.util.Random random = new java.util.Random(seed);
        String alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < 48; i++) {
            b.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return b.toString();
    }

    static String sha256(Path file) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
