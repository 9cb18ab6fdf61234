package org.cspplanner.app.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.cspplanner.model.store.WorkspaceKey;

/**
 * Reads a workspace password from a file ("-" for standard input), so that it never appears on a command line,
 * where other users could see it in the process list and the shell would keep it in its history.
 */
final class PasswordFile {
    private PasswordFile() {
    }

    static char[] read(Path file) throws IOException {
        byte[] bytes = "-".equals(file.toString()) ? System.in.readNBytes(4096) : Files.readAllBytes(file);
        try {
            char[] password = WorkspaceKey.passwordFromBytes(bytes);
            if (password.length == 0) {
                throw new IllegalArgumentException("The password file " + file + " is empty.");
            }
            return password;
        } finally {
            Arrays.fill(bytes, (byte) 0);
        }
    }
}
