package org.cspplanner.exporters.returns;

import static org.cspplanner.exporters.returns.ReturnLayout.*;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.apache.poi.ss.usermodel.SheetVisibility;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.cspplanner.model.Action;
import org.cspplanner.model.ActionStatus;
import org.cspplanner.model.Actual;
import org.cspplanner.model.Milestone;
import org.cspplanner.model.Plan;
import org.cspplanner.model.Polarity;
import org.cspplanner.model.ReportingPeriod;
import org.cspplanner.model.Target;

/**
 * Writes one partner's return as an .xlsx: instructions, their actions, targets and milestones with the plan's
 * current position shown read-only, yellow input cells for the quarter, and hidden identifiers so the file maps
 * back to the plan however the partner sorts or filters it. Every text is written as a value, never a formula.
 */
public final class ReturnWorkbookWriter {

    static final DateTimeFormatter UK_DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy", Locale.UK);

    public byte[] write(ReturnRequest request) {
        try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            ReturnSheets sheets = new ReturnSheets(wb, request.period());
            List<String[]> items = new ArrayList<>();
            new ReturnInstructions(sheets, request).write(wb.createSheet(INSTRUCTIONS));
            writeActions(sheets, request, wb.createSheet(ACTIONS), items);
            if (request.actions().stream().anyMatch(a -> !a.targets().isEmpty())) {
                writeTargets(sheets, request, wb.createSheet(TARGETS), items);
            }
            if (request.actions().stream().anyMatch(a -> !a.milestones().isEmpty())) {
                writeMilestones(sheets, request, wb.createSheet(MILESTONES), items);
            }
            writeManifest(wb.createSheet(MANIFEST), request, items);
            wb.setSheetVisibility(wb.getSheetIndex(MANIFEST), SheetVisibility.VERY_HIDDEN);
            wb.setActiveSheet(0);
            // Partners must not delete, rename or add sheets: the reader finds its data by sheet name.
            wb.lockStructure();
            wb.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write the return for " + request.recipient().label(), e);
        }
    }

    private static void writeActions(ReturnSheets s, ReturnRequest r, XSSFSheet sheet, List<String[]> items) {
        ReportingPeriod period = r.period();
        s.header(sheet, new String[] {"Code", "Action", "Milestones", "Targets",
                "Last update", updateHeader(period), ragHeader(period), "Row id"},
                new int[] {9, 40, 40, 36, 50, 60, 14, 38});
        int rowIndex = 1;
        for (Action a : r.actions()) {
            XSSFRow row = sheet.createRow(rowIndex++);
            s.readOnly(row, A_CODE, a.code());
            s.readOnly(row, A_TITLE, a.title());
            s.readOnly(row, A_MILESTONES, milestonesText(a));
            s.readOnly(row, A_TARGETS, targetsText(a, period));
            s.readOnly(row, A_LAST_UPDATE, lastUpdateText(a, period));
            // Left empty even when the plan already has an update for the quarter (it shows as the last update):
            // a pre-filled narrative sent back unchanged would read as a new update.
            s.inputText(row, A_UPDATE, "");
            s.inputText(row, A_RAG, "");
            s.readOnly(row, A_ID, a.id().toString());
            s.fitHeight(row, 1, 5);
            items.add(new String[] {ITEM_ACTION, a.id().toString(), a.id().toString(), a.code(), a.title(), ""});
        }
        int last = Math.max(1, rowIndex - 1);
        s.ragList(sheet, 1, last, A_RAG);
        s.finish(sheet, A_ID, last);
    }

    private static void writeTargets(ReturnSheets s, ReturnRequest r, XSSFSheet sheet, List<String[]> items) {
        ReportingPeriod period = r.period();
        s.header(sheet, new String[] {"Code", "Target", "Unit", "Baseline", "Aim", "Last actual",
                actualHeader(period), "Row id"}, new int[] {9, 50, 16, 14, 16, 22, 16, 38});
        int rowIndex = 1;
        for (Action a : r.actions()) {
            for (Target t : a.targets()) {
                XSSFRow row = sheet.createRow(rowIndex++);
                s.readOnly(row, T_CODE, a.code());
                s.readOnly(row, T_TARGET, t.description());
                s.readOnly(row, T_UNIT, t.unit());
                s.readOnly(row, T_BASELINE, t.baseline() == null ? ""
                        : plain(t.baseline()) + (t.baselinePeriod().isEmpty() ? "" : " (" + t.baselinePeriod() + ")"));
                s.readOnly(row, T_AIM, aim(t));
                s.readOnly(row, T_LAST, t.latestActual(period.previous())
                        .map(v -> plain(v.value()) + " (" + v.period().label() + ")").orElse(""));
                s.inputNumber(row, T_ACTUAL, t.actualIn(period).map(Actual::value).orElse(null));
                s.readOnly(row, T_ID, t.id().toString());
                s.fitHeight(row, 1);
                items.add(new String[] {ITEM_TARGET, t.id().toString(), a.id().toString(), a.code(), t.description(), ""});
            }
        }
        s.numberCheck(sheet, 1, rowIndex - 1, T_ACTUAL);
        s.finish(sheet, T_ID, rowIndex - 1);
    }

    private static void writeMilestones(ReturnSheets s, ReturnRequest r, XSSFSheet sheet, List<String[]> items) {
        s.header(sheet, new String[] {"Action", "Milestone", "What", "Due", "Progress so far",
                statusHeader(r.period()), "Row id"}, new int[] {9, 11, 50, 14, 45, 18, 38});
        int rowIndex = 1;
        for (Action a : r.actions()) {
            for (Milestone m : a.milestones()) {
                XSSFRow row = sheet.createRow(rowIndex++);
                s.readOnly(row, M_ACTION, a.code());
                s.readOnly(row, M_CODE, m.code());
                s.readOnly(row, M_TEXT, m.text());
                s.readOnly(row, M_DUE, m.due() == null ? "" : m.due().display());
                s.readOnly(row, M_PROGRESS, m.progress());
                // Pre-filled with today's status, so the partner changes only what has moved on.
                s.inputText(row, M_STATUS, m.status().label());
                s.readOnly(row, M_ID, m.id().toString());
                s.fitHeight(row, 2, 4);
                items.add(new String[] {ITEM_MILESTONE, m.id().toString(), a.id().toString(), m.code(), m.text(),
                        m.status().label()});
            }
        }
        s.list(sheet, 1, rowIndex - 1, M_STATUS, Arrays.stream(ActionStatus.values()).map(ActionStatus::label)
                .toArray(String[]::new), "Choose a status from the list.");
        s.finish(sheet, M_ID, rowIndex - 1);
    }

    private static void writeManifest(XSSFSheet sheet, ReturnRequest r, List<String[]> items) {
        String[][] header = {
                {"format", FORMAT},
                {"version", Integer.toString(VERSION)},
                {"plan id", r.plan().id().toString()},
                {"plan title", r.plan().title()},
                {"period", r.period().label()},
                {"recipient organisation", r.recipient().organisation()},
                {"recipient officer", r.recipient().officer()},
                {"generated at", r.generatedAt().toString()},
                {"deadline", r.deadline() == null ? "" : r.deadline().toString()},
        };
        int i = 0;
        for (String[] line : header) {
            values(sheet.createRow(i++), line);
        }
        values(sheet.createRow(i++), new String[] {ITEMS_HEADER, "id", "action id", "code", "label", "status sent"});
        for (String[] item : items) {
            values(sheet.createRow(i++), item);
        }
        sheet.protectSheet(PASSWORD);
    }

    private static void values(XSSFRow row, String[] values) {
        for (int c = 0; c < values.length; c++) {
            row.createCell(c).setCellValue(values[c]);
        }
    }

    private static String milestonesText(Action a) {
        return String.join("\n", a.milestones().stream()
                .map(m -> (m.code().isEmpty() ? "" : m.code() + " ") + m.text() + " [" + m.status().label()
                        + (m.due() == null ? "" : ", due " + m.due().display()) + "]").toList());
    }

    private static String targetsText(Action a, ReportingPeriod period) {
        return String.join("\n", a.targets().stream().map(t -> {
            String last = t.latestActual(period.previous())
                    .map(v -> "; last " + plain(v.value()) + " (" + v.period().label() + ")").orElse("");
            String baseline = t.baseline() == null ? "" : "; baseline " + plain(t.baseline());
            return t.description() + ": aim " + aim(t) + baseline + last;
        }).toList());
    }

    private static String lastUpdateText(Action a, ReportingPeriod period) {
        return a.latestUpdate(period)
                .map(u -> u.period().label() + (u.rag() == null ? "" : " – " + u.rag().word())
                        + (u.author().isEmpty() ? "" : " – " + u.author()) + "\n" + u.text())
                .orElse("No update yet.");
    }

    static String aim(Target t) {
        if (t.target() == null) {
            return "";
        }
        String unit = t.unit().isEmpty() ? "" : " " + t.unit();
        if (t.polarity() == Polarity.WITHIN_RANGE && t.targetMax() != null) {
            return plain(t.target()) + " to " + plain(t.targetMax()) + unit;
        }
        return (t.polarity() == Polarity.LOWER_IS_BETTER ? "at most " : "at least ") + plain(t.target()) + unit;
    }

    static String plain(BigDecimal v) {
        return v.toPlainString();
    }

}
