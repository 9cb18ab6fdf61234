package org.cspplanner.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.type.TypeFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.cspplanner.model.json.PlanJson;
import org.junit.jupiter.api.Test;

/**
 * Rules for the whole code base, read from the sources of every module: no polymorphic JSON typing, no H2
 * server, console, AUTO_SERVER or RUNSCRIPT, and no JDBC URL built anywhere but Workspace.
 */
class SecurityRulesTest {

    private static final Path ROOT = Path.of("").toAbsolutePath().getParent();

    private static List<Path> mainSources() throws IOException {
        List<Path> sources = new ArrayList<>();
        for (String module : List.of("plan-model", "exporters", "app")) {
            Path src = ROOT.resolve(module).resolve("src/main/java");
            if (Files.isDirectory(src)) {
                try (Stream<Path> files = Files.walk(src)) {
                    files.filter(f -> f.toString().endsWith(".java")).forEach(sources::add);
                }
            }
        }
        return sources;
    }

    private static List<String> filesContaining(String... needles) throws IOException {
        List<String> hits = new ArrayList<>();
        for (Path f : mainSources()) {
            String text = Files.readString(f);
            for (String n : needles) {
                if (text.contains(n)) {
                    hits.add(ROOT.relativize(f) + ": " + n);
                }
            }
        }
        return hits;
    }

    @Test
    void theRulesReadTheRealSources() throws IOException {
        assertTrue(mainSources().size() > 40, "found only " + mainSources().size() + " sources under " + ROOT);
    }

    @Test
    void noCodeTurnsOnPolymorphicJsonTyping() throws IOException {
        assertEquals(List.of(), filesContaining("activateDefaultTyping", "enableDefaultTyping", "@JsonTypeInfo",
                "PolymorphicTypeValidator", "setDefaultTyping"));
    }

    @Test
    void thePlanFileMapperHasNoDefaultTyping() throws Exception {
        java.lang.reflect.Field field = PlanJson.class.getDeclaredField("mapper");
        field.setAccessible(true);
        ObjectMapper mapper = (ObjectMapper) field.get(new PlanJson());
        assertNull(mapper.getDeserializationConfig().getDefaultTyper(TypeFactory.defaultInstance().constructType(Object.class)));
        assertNull(mapper.getSerializationConfig().getDefaultTyper(TypeFactory.defaultInstance().constructType(Object.class)));
    }

    @Test
    void noCodeStartsAnH2ServerOrConsoleOrRunsAScript() throws IOException {
        assertEquals(List.of(), filesContaining("org.h2.tools.Server", "org.h2.tools.Console", "org.h2.tools.RunScript",
                "AUTO_SERVER", "RUNSCRIPT", "WebServer", "TcpServer", "createTcpServer", "createWebServer"));
    }

    @Test
    void onlyWorkspaceBuildsAJdbcUrl() throws IOException {
        List<String> hits = filesContaining("jdbc:", "DriverManager", "setURL(");
        hits.removeIf(h -> h.startsWith("plan-model/src/main/java/org/cspplanner/model/store/Workspace.java"));
        assertEquals(List.of(), hits);
    }
}
