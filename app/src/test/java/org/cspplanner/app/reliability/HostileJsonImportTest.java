package org.cspplanner.app.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.cspplanner.model.json.PlanJson;
import org.cspplanner.model.sample.SamplePlan;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Broken and hostile plan files through `import`: a specific one-line message within seconds, and the workspace unchanged. */
class HostileJsonImportTest {

    @TempDir
    Path dir;

    private Cli cli;
    private String sample;
    private String before;

    @BeforeEach
    void workspaceHoldingTheSample() throws Exception {
        cli = new Cli(dir.resolve("ws"));
        sample = new String(new PlanJson().toBytes(SamplePlan.create()), StandardCharsets.UTF_8);
        Path file = Files.writeString(dir.resolve("sample.json"), sample);
        assertEquals(0, cli.run("import", file.toString()).exit());
        before = cli.contentDigest();
    }

    private void assertRefused(String name, byte[] content, String expected) throws Exception {
        Path file = Files.write(dir.resolve(name), content);
        Cli.Run r = cli.run("import", file.toString());
        assertEquals(1, r.exit(), name + ": " + r.out() + r.err());
        assertTrue(r.err().startsWith("Error: ") && r.err().strip().lines().count() == 1, name + ": " + r.err());
        assertTrue(r.err().contains(expected), name + ": " + r.err());
        assertFalse(r.err().contains("Exception") || r.err().contains("\tat "), name + ": " + r.err());
        assertTrue(r.millis() < 15_000, name + " took " + r.millis() + " ms");
        assertEquals(before, cli.contentDigest(), name + " changed the workspace");
    }

    private void assertRefused(String name, String content, String expected) throws Exception {
        assertRefused(name, content.getBytes(StandardCharsets.UTF_8), expected);
    }

    @Test
    void duplicateKeysAreRefused() throws Exception {
        assertRefused("dup.json", sample.replaceFirst("\"title\"", "\"title\" : \"Other\", \"title\""), "Duplicate field 'title'");
    }

    @Test
    void deepNestingIsRefusedQuickly() throws Exception {
        assertRefused("deep.json", "[".repeat(200_000) + "]".repeat(200_000), "nesting depth");
        assertRefused("deep-objects.json", "{\"a\":".repeat(50_000) + "1" + "}".repeat(50_000), "nesting depth");
    }

    @Test
    void wrongTypesAreRefusedWithWhereTheyAre() throws Exception {
        assertRefused("themes-object.json", sample.replaceFirst("\"themes\" : \\[", "\"themes\" : {\"x\":[") .replaceFirst("\\]\\s*,\\s*\"glossary\"", "]}, \"glossary\""), "themes");
        assertRefused("version-text.json", sample.replaceFirst("\"version\" : 1", "\"version\" : \"1\""), "version");
        assertRefused("not-a-plan.json", "{\"format\":\"csp-plan\",\"version\":1,\"plan\":[1,2,3]}", "plan: must be an object");
        assertRefused("array.json", "[" + "1,".repeat(1_000_000) + "1]", "The document: must be an object");
    }

    @Test
    void aHugeStringIsRefusedWithoutReadingItAll() throws Exception {
        assertRefused("huge.json", sample.replaceFirst("\"title\" : \"", "\"title\" : \"" + "A".repeat(6_000_000)), "String value length");
    }

    @Test
    void aTruncatedFileIsRefused() throws Exception {
        assertRefused("truncated.json", sample.substring(0, sample.length() / 2), "Unexpected end-of-input");
    }

    @Test
    void anEmptyFileIsRefused() throws Exception {
        assertRefused("empty.json", new byte[0], "The file is empty");
    }

    @Test
    void latin1TextIsRefusedAsNotUtf8() throws Exception {
        byte[] latin1 = sample.replaceFirst("\"title\" : \"", "\"title\" : \"Caf\u00e9 ").getBytes(StandardCharsets.ISO_8859_1);
        assertRefused("latin1.json", latin1, "Invalid UTF-8");
    }

    @Test
    void aZipOrPdfNamedJsonIsRefused() throws Exception {
        assertRefused("zip.json", new byte[] {'P', 'K', 3, 4, 20, 0, 0, 0, 8, 0}, "not a valid plan file");
        assertRefused("pdf.json", "%PDF-1.7\n%\u00e2\u00e3".getBytes(StandardCharsets.ISO_8859_1), "not a valid plan file");
    }

    @Test
    void aTitleLongerThanTheWorkspaceAllowsIsRefusedWithoutQuotingIt() throws Exception {
        String longTitle = "Overlong".repeat(100);
        Path file = Files.writeString(dir.resolve("long.json"), sample.replace(SamplePlan.create().title(), longTitle)
                .replace(SamplePlan.create().id().toString(), "00000000-0000-4000-8000-000000000001"));
        Cli.Run r = cli.run("import", file.toString());
        assertEquals(1, r.exit(), r.out());
        assertTrue(r.err().contains("too long to save (field title, at most 500 characters)"), r.err());
        assertFalse(r.err().contains("OverlongOverlong"), r.err());
        assertEquals(before, cli.contentDigest());
    }

    @Test
    void anAmountTooLargeForTheWorkspaceIsRefused() throws Exception {
        String big = sample.replace(SamplePlan.create().id().toString(), "00000000-0000-4000-8000-000000000002")
                .replace("12500", "1" + "0".repeat(30));
        assertRefused("amount.json", big, "A number is too large to save (field amount, at most 14 digits)");
    }

    @Test
    void controlCharactersAndUtf16AreReadNotFeared() throws Exception {
        String renamed = sample.replace(SamplePlan.create().id().toString(), "00000000-0000-4000-8000-000000000003")
                .replace(SamplePlan.create().title(), "Bell\\u0007 and escape\\u001b[31m plan");
        Path file = Files.write(dir.resolve("utf16.json"), renamed.getBytes(StandardCharsets.UTF_16));
        Cli.Run r = cli.run("import", file.toString());
        if (r.exit() == 0) {
            Cli.Run listed = cli.run("plans");
            assertFalse(listed.out().contains("\u001b") || listed.out().contains("\u0007"), "control characters reach the terminal");
        } else {
            assertTrue(r.err().startsWith("Error: "), r.err());
            assertEquals(before, cli.contentDigest());
        }
        assertTrue(Arrays.asList(0, 1).contains(r.exit()));
    }
}
