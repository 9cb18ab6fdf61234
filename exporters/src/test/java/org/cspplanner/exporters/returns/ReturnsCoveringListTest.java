package org.cspplanner.exporters.returns;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.cspplanner.exporters.returns.ReturnsCoveringList.Entry;
import org.cspplanner.model.ReportingPeriod;
import org.cspplanner.model.returns.Recipient;
import org.cspplanner.model.returns.ReturnFile;
import org.junit.jupiter.api.Test;

class ReturnsCoveringListTest {

    private static final LocalDate SENT = LocalDate.of(2026, 12, 1);

    private final List<Entry> sent = List.of(
            new Entry(Recipient.organisation("Police"), "return-Q3-2026-27-Police.xlsx", List.of("1.1", "1.2"), SENT, null, ""),
            new Entry(new Recipient("WVDC", "Helen Marsh"), "return-Q3-2026-27-WVDC-Helen-Marsh.xlsx", List.of("1.1"),
                    SENT, null, ""),
            new Entry(Recipient.organisation("=cmd|' /C calc'!A0, \"Ltd\""), "odd.xlsx", List.of(), SENT, null, ""));

    private static List<Entry> roundTrip(List<Entry> entries) {
        return ReturnsCoveringList.read(new ByteArrayInputStream(ReturnsCoveringList.write(entries)));
    }

    @Test
    void theListReadsBackAsItWasWrittenWithUkDates() {
        assertEquals(sent, roundTrip(sent));
        String csv = new String(ReturnsCoveringList.write(sent), StandardCharsets.UTF_8);
        assertTrue(csv.contains(",01/12/2026,"), csv);
        assertTrue(csv.contains("\"'=cmd|' /C calc'!A0, \"\"Ltd\"\"\""), "a formula-like name is defused: " + csv);
        assertEquals("returns-Q3-2026-27.csv", ReturnsCoveringList.fileName(ReportingPeriod.of(2026, 3)));
    }

    @Test
    void aMergedReturnMarksItsRecipientAsRepliedWhateverTheFileIsCalled() {
        ReturnFile renamed = new ReturnFile("police final v2.xlsx", UUID.randomUUID(), "Plan", ReportingPeriod.of(2026, 3),
                Recipient.organisation("police"), null, "", List.of(), List.of());
        List<Entry> marked = roundTrip(ReturnsCoveringList.markReplied(sent, List.of(renamed), LocalDate.of(2026, 12, 20)));
        assertEquals(LocalDate.of(2026, 12, 20), marked.get(0).replied());
        assertEquals("police final v2.xlsx", marked.get(0).replyFile());
        assertNull(marked.get(1).replied());
        assertEquals(List.of("Helen Marsh (WVDC)", "=cmd|' /C calc'!A0, \"Ltd\""),
                ReturnsCoveringList.waiting(marked).stream().map(Recipient::label).toList());
    }

    @Test
    void aFileThatIsNotACoveringListIsRefused() {
        assertThrows(ReturnFormatException.class, () -> ReturnsCoveringList.read(
                new ByteArrayInputStream("Name,Date\r\nx,y\r\n".getBytes(StandardCharsets.UTF_8))));
    }
}
