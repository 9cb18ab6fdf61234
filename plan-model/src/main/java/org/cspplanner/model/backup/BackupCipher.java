package org.cspplanner.model.backup;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * The envelope of a password-protected workspace's backups: a magic line, a random IV and the backup zip
 * encrypted with AES-256-GCM, whose tag also proves the file was not changed.
 */
final class BackupCipher {
    private BackupCipher() {
    }

    static final byte[] MAGIC = "CSPBACKUP-AES256GCM-1\n".getBytes(StandardCharsets.US_ASCII);
    private static final int IV_BYTES = 12;
    private static final int TAG_BITS = 128;

    static boolean isEncrypted(byte[] file) {
        return file.length >= MAGIC.length && Arrays.equals(file, 0, MAGIC.length, MAGIC, 0, MAGIC.length);
    }

    static byte[] encrypt(SecretKeySpec key, byte[] zip) {
        byte[] iv = new byte[IV_BYTES];
        new SecureRandom().nextBytes(iv);
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, iv));
            cipher.updateAAD(MAGIC);
            byte[] sealed = cipher.doFinal(zip);
            byte[] out = new byte[MAGIC.length + IV_BYTES + sealed.length];
            System.arraycopy(MAGIC, 0, out, 0, MAGIC.length);
            System.arraycopy(iv, 0, out, MAGIC.length, IV_BYTES);
            System.arraycopy(sealed, 0, out, MAGIC.length + IV_BYTES, sealed.length);
            return out;
        } catch (GeneralSecurityException e) {
            throw new BackupException("The backup could not be encrypted: " + e.getMessage(), e);
        }
    }

    static byte[] decrypt(SecretKeySpec key, byte[] file) {
        if (file.length < MAGIC.length + IV_BYTES + TAG_BITS / 8) {
            throw new BackupException("The backup is damaged: it is too short to hold anything.", null);
        }
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, file, MAGIC.length, IV_BYTES));
            cipher.updateAAD(MAGIC);
            return cipher.doFinal(file, MAGIC.length + IV_BYTES, file.length - MAGIC.length - IV_BYTES);
        } catch (AEADBadTagException e) {
            throw new BackupException("The backup could not be unlocked: it was made with another password, or it has been"
                    + " damaged or changed since it was written.", e);
        } catch (GeneralSecurityException e) {
            throw new BackupException("The backup could not be decrypted: " + e.getMessage(), e);
        }
    }
}
