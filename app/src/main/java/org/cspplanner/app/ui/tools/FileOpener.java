package org.cspplanner.app.ui.tools;

import java.awt.Desktop;
import java.awt.GraphicsEnvironment;
import java.nio.file.Path;

/** Opens a written file in the program the computer uses for it ("Open when done"). */
@FunctionalInterface
public interface FileOpener {

    void open(Path file);

    /** The desktop's own program, on a thread of its own; does nothing where there is no desktop (tests, servers). */
    static FileOpener desktop() {
        return file -> {
            if (GraphicsEnvironment.isHeadless() || !Desktop.isDesktopSupported()
                    || !Desktop.getDesktop().isSupported(Desktop.Action.OPEN)) {
                return;
            }
            Thread t = new Thread(() -> {
                try {
                    Desktop.getDesktop().open(file.toFile());
                } catch (Exception e) {
                    org.slf4j.LoggerFactory.getLogger(FileOpener.class).warn("Could not open {}", file, e);
                }
            }, "open-file");
            t.setDaemon(true);
            t.start();
        };
    }
}
