package org.cspplanner.exporters.xlsx;

import java.util.EnumMap;
import java.util.Map;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFColor;
import org.apache.poi.xssf.usermodel.XSSFFont;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.cspplanner.exporters.support.RagColours;
import org.cspplanner.model.Rag;

/** The few cell styles a workbook needs, made once (Excel limits the number of styles in a file). */
final class XlsxStyles {

    private final XSSFWorkbook workbook;
    private final XSSFCellStyle header;
    private final XSSFCellStyle wrap;
    private final XSSFCellStyle label;
    private final Map<Rag, XSSFCellStyle> rags = new EnumMap<>(Rag.class);

    XlsxStyles(XSSFWorkbook workbook) {
        this.workbook = workbook;
        XSSFFont white = workbook.createFont();
        white.setBold(true);
        white.setColor(colour("FFFFFF"));
        header = bordered();
        header.setFont(white);
        header.setFillForegroundColor(colour(RagColours.HEADER_FILL));
        header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        wrap = bordered();
        XSSFFont bold = workbook.createFont();
        bold.setBold(true);
        label = workbook.createCellStyle();
        label.setFont(bold);
        label.setVerticalAlignment(VerticalAlignment.TOP);
        for (Rag rag : Rag.values()) {
            XSSFCellStyle s = bordered();
            XSSFFont f = workbook.createFont();
            f.setBold(true);
            f.setColor(colour(RagColours.text(rag)));
            s.setFont(f);
            s.setFillForegroundColor(colour(RagColours.fill(rag)));
            s.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            s.setAlignment(HorizontalAlignment.CENTER);
            rags.put(rag, s);
        }
    }

    XSSFCellStyle header() {
        return header;
    }

    XSSFCellStyle wrap() {
        return wrap;
    }

    XSSFCellStyle label() {
        return label;
    }

    XSSFCellStyle rag(Rag rag) {
        return rag == null ? wrap : rags.get(rag);
    }

    static XSSFColor colour(String hex) {
        int[] rgb = RagColours.rgb(hex);
        return new XSSFColor(new byte[] {(byte) rgb[0], (byte) rgb[1], (byte) rgb[2]}, null);
    }

    private XSSFCellStyle bordered() {
        XSSFCellStyle s = workbook.createCellStyle();
        s.setWrapText(true);
        s.setVerticalAlignment(VerticalAlignment.TOP);
        s.setBorderTop(BorderStyle.THIN);
        s.setBorderBottom(BorderStyle.THIN);
        s.setBorderLeft(BorderStyle.THIN);
        s.setBorderRight(BorderStyle.THIN);
        XSSFColor rule = colour(RagColours.RULE);
        s.setTopBorderColor(rule);
        s.setBottomBorderColor(rule);
        s.setLeftBorderColor(rule);
        s.setRightBorderColor(rule);
        return s;
    }
}
