package org.cspplanner.model.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** What tests look for in a workspace file on disk: a text in its raw bytes, and a digest of the bytes. */
public final class FileBytes {
    private FileBytes() {
    }

    /** True when the UTF-8 bytes of the text occur anywhere in the file, as `grep` would find them. */
    public static boolean contains(Path file, String text) {
        byte[] haystack = read(file);
        byte[] needle = text.getBytes(StandardCharsets.UTF_8);
        outer:
        for (int i = 0; i <= haystack.length - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }

    /**
     * True when any 12-character stretch of the marker is in the file. A compacted H2 file is compressed
     * (LZF), which copies text it cannot shorten in runs of up to 32 bytes: a random marker is found this way
     * even there, where a plain search for a whole title finds nothing whether or not the text is present.
     */
    public static boolean containsPartOf(Path file, String marker) {
        for (int i = 0; i + 12 <= marker.length(); i++) {
            if (contains(file, marker.substring(i, i + 12))) {
                return true;
            }
        }
        return false;
    }

    /** A random string of capitals and digits that compresses badly and occurs nowhere by chance. */
    public static String marker(long seed) {
        java.util.Random random = new java.util.Random(seed);
        String alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < 48; i++) {
            b.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return b.toString();
    }

    public static String sha256(Path file) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(read(file)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] read(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
