package org.cspplanner.exporters.importing;

import java.nio.file.Path;
import java.time.LocalDate;
import org.cspplanner.model.ProgressListener;

/**
 * Imports a plan from a spreadsheet, CSV file or Word document: reads it, finds or applies the column mapping and
 * builds the plan for the preview. Saving it is the caller's step, in one transaction, once the user confirms.
 * The wizard may also call the steps one by one: {@link #read}, {@link HeaderDetector}, {@link #interpret}.
 */
public final class PlanImporter {

    private PlanImporter() {
    }

    public static ImportPreview preview(Path file, ImportOptions options, ProgressListener progress) throws ImportException {
        return interpret(read(file, options, progress), options, progress);
    }

    public static SourceWorkbook read(Path file, ImportOptions options, ProgressListener progress) throws ImportException {
        progress.progress(0, "Reading " + file.getFileName());
        return GridReaders.read(file, options.maxRows(), progress);
    }

    public static ImportPreview interpret(SourceWorkbook workbook, ImportOptions options, ProgressListener progress)
            throws ImportException {
        ImportPreview preview = ExportedWorkbookImport.interpret(workbook, options, LocalDate.now())
                .orElse(null);
        if (preview == null) {
            preview = PlanInterpreter.interpret(workbook, options, progress, LocalDate.now());
        }
        progress.progress(1, "Read " + preview.summary());
        return preview;
    }
}
