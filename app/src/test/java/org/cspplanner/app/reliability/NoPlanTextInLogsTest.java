package org.cspplanner.app.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.ThrowableProxyUtil;
import ch.qos.logback.core.read.ListAppender;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.cspplanner.app.WorkspaceSetup;
import org.cspplanner.model.Plan;
import org.cspplanner.model.json.PlanJson;
import org.cspplanner.model.sample.SamplePlan;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

/** Every logger at TRACE while the sample plan goes through the app: no title, name or narrative reaches a log. */
class NoPlanTextInLogsTest {

    @TempDir
    Path dir;

    private final ListAppender<ILoggingEvent> captured = new ListAppender<>();
    private Level oldLevel;

    @BeforeEach
    void captureEverything() {
        Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        LoggerContext context = root.getLoggerContext();
        captured.setContext(context);
        captured.start();
        root.addAppender(captured);
        oldLevel = root.getLevel();
        root.setLevel(Level.TRACE);
        context.getLoggerList().forEach(l -> {
            if (l != root) {
                l.setLevel(null);
            }
        });
    }

    @AfterEach
    void stopCapturing() throws Exception {
        Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        root.detachAppender(captured);
        root.setLevel(oldLevel);
        root.getLoggerContext().reset();
        new ch.qos.logback.classic.util.ContextInitializer(root.getLoggerContext()).autoConfig();
    }

    @Test
    void noPlanTextIsLoggedWhileAPlanIsImportedExportedBackedUpRestoredAndRefused() throws Exception {
        Plan sample = SamplePlan.create();
        Cli cli = new Cli(dir.resolve("ws"));
        Path in = Files.write(dir.resolve("sample.json"), new PlanJson().toBytes(sample));
        cli.run("import", in.toString());
        cli.run("plans");
        cli.run("export", sample.title(), "--format", "json", "-o", dir.resolve("out.json").toString());
        cli.run("backup", "-o", dir.resolve("b.cspbackup").toString());
        cli.run("restore", dir.resolve("b.cspbackup").toString());
        String json = Files.readString(in);
        cli.run("import", Files.writeString(dir.resolve("dup.json"), json.replaceFirst("\"title\"", "\"title\" : \"x\", \"title\"")).toString());
        cli.run("import", Files.writeString(dir.resolve("long.json"), json.replace(sample.id().toString(),
                "00000000-0000-4000-8000-00000000000f").replace(sample.title(), sample.title().repeat(20))).toString());
        WorkspaceSetup.open(dir.resolve("ws"), true).workspace().close();

        List<String> logged = new ArrayList<>();
        for (ILoggingEvent e : captured.list) {
            logged.add(e.getFormattedMessage() + (e.getThrowableProxy() == null ? "" : ThrowableProxyUtil.asString(e.getThrowableProxy())));
        }
        assertFalse(logged.isEmpty(), "TRACE logging should have caught something (Flyway, H2 ...)");
        List<String> secrets = new ArrayList<>(List.of(sample.title(), sample.partnership()));
        sample.themes().forEach(t -> secrets.add(t.title()));
        sample.officers().forEach(o -> secrets.add(o.name()));
        sample.actions().limit(10).forEach(a -> secrets.add(a.title()));
        sample.sections().forEach(s -> secrets.add(s.text().substring(0, Math.min(40, s.text().length()))));
        for (String line : logged) {
            for (String secret : secrets) {
                assertFalse(line.contains(secret), "plan text '" + secret + "' in the log: " + line);
            }
        }
        assertEquals(List.of(), Files.list(dir.resolve("ws")).filter(f -> f.toString().endsWith(".trace.db")).toList());
        assertTrue(logged.size() > 0);
    }
}
