package org.cspplanner.app.ui.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Properties;
import java.util.UUID;
import org.cspplanner.app.files.AtomicFileWriter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The window's remembered state (size, position, dividers, last plan, dark theme) in a small
 * properties file in the workspace folder, so each workspace opens as it was left.
 */
public final class AppPreferences {

    public static final String FILE_NAME = "desktop.properties";
    private static final Logger LOG = LoggerFactory.getLogger(AppPreferences.class);

    private final Path file;
    private final Properties values = new Properties();

    public AppPreferences(Path file) {
        this.file = file;
        if (Files.isRegularFile(file)) {
            try (InputStream in = Files.newInputStream(file)) {
                values.load(in);
            } catch (IOException | IllegalArgumentException e) {
                LOG.warn("Could not read {}; starting with default window settings", file, e);
            }
        }
    }

    public static AppPreferences inWorkspace(Path workspaceFolder) {
        return new AppPreferences(workspaceFolder.resolve(FILE_NAME));
    }

    public double number(String key, double fallback) {
        try {
            String v = values.getProperty(key);
            return v == null ? fallback : Double.parseDouble(v);
        } catch (NumberFormatException e) {
            return fallback;
        }
    }

    public void setNumber(String key, double value) {
        values.setProperty(key, Double.toString(value));
    }

    public boolean flag(String key) {
        return Boolean.parseBoolean(values.getProperty(key, "false"));
    }

    public void setFlag(String key, boolean value) {
        values.setProperty(key, Boolean.toString(value));
    }

    public Optional<UUID> lastPlan() {
        try {
            return Optional.ofNullable(values.getProperty("lastPlan")).map(UUID::fromString);
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    public void setLastPlan(UUID id) {
        if (id == null) {
            values.remove("lastPlan");
        } else {
            values.setProperty("lastPlan", id.toString());
        }
    }

    public boolean has(String key) {
        return values.containsKey(key);
    }

    /** Writes the file; a failure is logged, as losing a window size is no reason to stop. */
    public void save() {
        try {
            AtomicFileWriter.write(file, (OutputStream out) -> values.store(out, "CSP Planner window settings"));
        } catch (IOException e) {
            LOG.warn("Could not save window settings to {}", file, e);
        }
    }
}
