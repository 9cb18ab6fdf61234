package org.cspplanner.exporters.returns;

import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFColor;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.cspplanner.model.Rag;
import org.cspplanner.model.RagScheme;
import org.cspplanner.model.ReportingPeriod;

/** The first sheet of a return: what is asked, by when, how to fill it in, the RAG key and who to ask. */
final class ReturnInstructions {

    private final ReturnSheets s;
    private final ReturnRequest r;
    private int next;

    ReturnInstructions(ReturnSheets sheets, ReturnRequest request) {
        this.s = sheets;
        this.r = request;
    }

    void write(XSSFSheet sheet) {
        ReportingPeriod p = r.period();
        sheet.setColumnWidth(0, 30 * 256);
        sheet.setColumnWidth(1, 100 * 256);
        text(sheet, "Quarterly update for " + p.label() + " (" + p.monthsLabel() + ")", "", s.title);
        next++;
        line(sheet, "Plan", r.plan().title());
        if (!r.plan().partnership().isEmpty()) {
            line(sheet, "Partnership", r.plan().partnership());
        }
        line(sheet, "For", r.recipient().label());
        line(sheet, "Please return by", r.deadline() == null ? "As soon as you can"
                : r.deadline().format(ReturnWorkbookWriter.UK_DAY));
        if (!r.contact().isEmpty()) {
            line(sheet, "Questions to", r.contact());
        }
        XSSFRow completedBy = sheet.createRow(next++);
        label(completedBy, ReturnLayout.COMPLETED_BY);
        XSSFCell name = completedBy.createCell(1);
        name.setCellStyle(s.input);
        next++;
        text(sheet, "What to do", "", s.bold);
        String[] steps = {
                "1. On the '" + ReturnLayout.ACTIONS + "' sheet, write this quarter's progress for each action in the yellow '"
                        + ReturnLayout.updateHeader(p) + "' column: what was done, what comes next, and any problems.",
                "2. Choose Red, Amber or Green from the drop-down list in the yellow '" + ReturnLayout.ragHeader(p)
                        + "' column, using the key below.",
                "3. On the '" + ReturnLayout.TARGETS + "' sheet (if there is one), enter this quarter's figure for each target "
                        + "in the yellow column: a number only.",
                "4. On the '" + ReturnLayout.MILESTONES + "' sheet (if there is one), change the status of any milestone "
                        + "that has moved on.",
                "5. Save the file as an Excel workbook (.xlsx) and e-mail it back. Keeping its name helps.",
                "You may sort and filter the rows and change their height. Please do not delete, add or copy rows, or copy "
                        + "your answers into another workbook: hidden markers in this file match your answers to the plan. "
                        + "Grey cells show the plan as it stands and cannot be changed; if something in them is wrong, "
                        + "say so in your update.",
        };
        for (String step : steps) {
            text(sheet, "", step, s.wrap);
        }
        next++;
        text(sheet, "RAG key", "", s.bold);
        RagScheme key = r.plan().ragScheme();
        for (Rag rag : new Rag[] {Rag.GREEN, Rag.AMBER, Rag.RED}) {
            XSSFRow row = sheet.createRow(next++);
            XSSFCell word = row.createCell(0);
            word.setCellValue(rag.word());
            word.setCellStyle(ragStyle(rag));
            XSSFCell meaning = row.createCell(1);
            meaning.setCellValue(key.definition(rag));
            meaning.setCellStyle(s.wrap);
        }
        ReturnSheets.printSetup(sheet, false);
        ReturnSheets.protect(sheet);
    }

    private void line(XSSFSheet sheet, String label, String value) {
        XSSFRow row = sheet.createRow(next++);
        label(row, label);
        XSSFCell cell = row.createCell(1);
        cell.setCellValue(value);
        cell.setCellStyle(s.wrap);
    }

    private void label(XSSFRow row, String label) {
        XSSFCell cell = row.createCell(0);
        cell.setCellValue(label);
        cell.setCellStyle(s.bold);
    }

    private void text(XSSFSheet sheet, String first, String second, XSSFCellStyle style) {
        XSSFRow row = sheet.createRow(next++);
        XSSFCell cell = row.createCell(first.isEmpty() ? 1 : 0);
        cell.setCellValue(first.isEmpty() ? second : first);
        cell.setCellStyle(style);
        if (first.isEmpty() && second.length() > 100) {
            row.setHeightInPoints(15f * (second.length() / 95 + 1) + 3f);
        }
    }

    private XSSFCellStyle ragStyle(Rag rag) {
        XSSFCellStyle style = s.wb.createCellStyle();
        style.cloneStyleFrom(s.bold);
        int v = Integer.parseInt(rag.colour().substring(1), 16);
        style.setFillForegroundColor(new XSSFColor(new byte[] {(byte) (v >> 16), (byte) (v >> 8), (byte) v}, null));
        style.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        org.apache.poi.xssf.usermodel.XSSFFont white = s.wb.createFont();
        white.setBold(true);
        white.setColor(org.apache.poi.ss.usermodel.IndexedColors.WHITE.getIndex());
        style.setFont(white);
        return style;
    }
}
