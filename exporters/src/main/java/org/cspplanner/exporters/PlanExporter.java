package org.cspplanner.exporters;

import java.io.IOException;
import java.io.OutputStream;
import org.cspplanner.model.Plan;
import org.cspplanner.model.ProgressListener;

/** Writes a read-only plan snapshot in one file format. Pure: the plan in, bytes out; nothing else touched. */
public interface PlanExporter {

    /** The format name used on the command line: "docx", "pdf", "xlsx" or "csv". */
    String format();

    /** The file extension, with its dot. */
    default String extension() {
        return "." + format();
    }

    /**
     * Writes the plan. The stream is not closed. Throws {@link ProgressListener.CancelledException}
     * when the listener cancels; the caller should then discard what was written.
     */
    void export(Plan plan, ExportOptions options, OutputStream out, ProgressListener progress) throws IOException;
}
