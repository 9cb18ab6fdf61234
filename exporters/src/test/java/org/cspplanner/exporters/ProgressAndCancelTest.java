package org.cspplanner.exporters;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import org.cspplanner.model.ProgressListener;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class ProgressAndCancelTest {

    @ParameterizedTest
    @ValueSource(strings = {"docx", "pdf", "xlsx", "csv"})
    void progressRisesToDone(String format) throws Exception {
        List<Double> seen = new ArrayList<>();
        ProgressListener listener = new ProgressListener() {
            @Override
            public void progress(double fraction, String message) {
                seen.add(fraction);
            }

            @Override
            public boolean isCancelled() {
                return false;
            }
        };
        Exporters.forFormat(format).export(TestPlans.large(200), ExportOptions.of("delivery-plan"),
                new ByteArrayOutputStream(), listener);
        assertTrue(seen.size() > 2);
        assertEquals(1.0, seen.get(seen.size() - 1));
        for (int i = 1; i < seen.size(); i++) {
            assertTrue(seen.get(i) >= seen.get(i - 1), "progress never goes back");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"docx", "pdf", "xlsx", "csv"})
    void cancellingStopsTheExport(String format) {
        ProgressListener cancelAtOnce = new ProgressListener() {
            @Override
            public void progress(double fraction, String message) {
            }

            @Override
            public boolean isCancelled() {
                return true;
            }
        };
        assertThrows(ProgressListener.CancelledException.class, () -> Exporters.forFormat(format)
                .export(TestPlans.fenland(), ExportOptions.of("rolling-plan"), new ByteArrayOutputStream(), cancelAtOnce));
    }

    @Test
    void anUnknownFormatNamesTheValidOnes() {
        var e = assertThrows(IllegalArgumentException.class, () -> Exporters.forFormat("odt"));
        assertEquals("Unknown format 'odt': expected one of docx, pdf, xlsx, csv, html", e.getMessage());
    }
}
