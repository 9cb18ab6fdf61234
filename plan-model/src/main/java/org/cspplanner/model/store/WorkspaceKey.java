package org.cspplanner.model.store;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Arrays;
import java.util.HexFormat;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * The keys derived from a workspace password: one for H2's file encryption (CIPHER=AES), one for the
 * workspace's backups. The password itself is never kept.
 */
public final class WorkspaceKey {

    /**
     * H2 salts the file key itself (a random salt in the file header) but stretches it only lightly, so the
     * password is stretched here first. The salt below only separates our keys from other uses of the password;
     * H2's own per-file salt and the per-backup IV keep equal passwords from giving equal ciphertexts.
     */
    private static final byte[] SALT = "csp-planner/workspace-key/v1".getBytes(StandardCharsets.UTF_8);
    private static final int ITERATIONS = 210_000;

    private final char[] filePassword;
    private final SecretKeySpec backupKey;

    private WorkspaceKey(char[] filePassword, SecretKeySpec backupKey) {
        this.filePassword = filePassword;
        this.backupKey = backupKey;
    }

    /** Derives the keys; the caller may wipe its copy of the password afterwards. */
    public static WorkspaceKey derive(char[] password) {
        if (password == null || password.length == 0) {
            throw new WorkspaceException("The password is empty.", null);
        }
        PBEKeySpec spec = new PBEKeySpec(password, SALT, ITERATIONS, 512);
        byte[] bytes = null;
        try {
            bytes = SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256").generateSecret(spec).getEncoded();
            // Hex, because H2 splits "filePassword userPassword" at the first space: a typed password may contain one.
            char[] file = HexFormat.of().formatHex(bytes, 0, 32).toCharArray();
            return new WorkspaceKey(file, new SecretKeySpec(bytes, 32, 32, "AES"));
        } catch (GeneralSecurityException e) {
            throw new WorkspaceException("This Java runtime cannot derive an encryption key: " + e.getMessage(), e);
        } finally {
            spec.clearPassword();
            if (bytes != null) {
                Arrays.fill(bytes, (byte) 0);
            }
        }
    }

    /** The password H2 is given: the file key, a space, and the (empty) user password. */
    char[] h2Password() {
        char[] chars = Arrays.copyOf(filePassword, filePassword.length + 1);
        chars[filePassword.length] = ' ';
        return chars;
    }

    /** The AES-256 key that encrypts this workspace's backups. */
    public SecretKeySpec backupKey() {
        return backupKey;
    }

    /** Reads a password from UTF-8 bytes (a password file), without a trailing line break. */
    public static char[] passwordFromBytes(byte[] bytes) {
        CharBuffer decoded = StandardCharsets.UTF_8.decode(ByteBuffer.wrap(bytes));
        int end = decoded.limit();
        while (end > 0 && (decoded.get(end - 1) == '\n' || decoded.get(end - 1) == '\r')) {
            end--;
        }
        char[] password = new char[end];
        decoded.get(password, 0, end);
        Arrays.fill(decoded.array(), '\0');
        return password;
    }
}
