package org.cspplanner.exporters.importing;

import java.io.InputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFColor;
import org.cspplanner.model.ProgressListener;

/**
 * Reads an .xlsx workbook a row at a time with StAX over POI's package reader, so a large sheet never becomes
 * POI's in-memory object model (which needs gigabytes for 200,000 rows). Keeps text, fill colour, real dates
 * and merged regions.
 */
final class XlsxGridReader {

    private final DataFormatter formatter = new DataFormatter(Locale.UK);
    private final Map<Integer, StyleFacts> styleCache = new HashMap<>();
    private StylesTable styles;
    private ReadOnlySharedStringsTable strings;

    /** What matters about a cell style: its fill and whether it formats numbers as dates. */
    private record StyleFacts(String fill, boolean date, int formatIndex, String formatString) {
    }

    List<SourceSheet> read(OPCPackage pkg, int maxRows, ProgressListener progress) throws Exception {
        XSSFReader reader = new XSSFReader(pkg);
        strings = new ReadOnlySharedStringsTable(pkg, false);
        styles = reader.getStylesTable();
        XMLInputFactory factory = XMLHelper.newXMLInputFactory();
        List<SourceSheet> sheets = new ArrayList<>();
        XSSFReader.SheetIterator it = (XSSFReader.SheetIterator) reader.getSheetsData();
        while (it.hasNext()) {
            try (InputStream in = it.next()) {
                String name = it.getSheetName();
                progress.checkCancelled();
                progress.progress(-1, "Reading sheet " + name);
                sheets.add(readSheet(factory, in, name, maxRows, progress));
            }
        }
        return sheets;
    }

    private SourceSheet readSheet(XMLInputFactory factory, InputStream in, String name, int maxRows,
                                  ProgressListener progress) throws XMLStreamException, ImportException {
        GridBuilder grid = new GridBuilder(name, maxRows);
        XMLStreamReader x = factory.createXMLStreamReader(in);
        try {
            int rowIndex = -1;
            List<SourceCell> cells = null;
            int nextCol = 0;
            while (x.hasNext()) {
                int event = x.next();
                if (event == XMLStreamConstants.START_ELEMENT) {
                    switch (x.getLocalName()) {
                        case "row" -> {
                            String r = x.getAttributeValue(null, "r");
                            rowIndex = r == null ? rowIndex + 1 : Integer.parseInt(r) - 1;
                            cells = new ArrayList<>();
                            nextCol = 0;
                            if ((rowIndex & 0x3FF) == 0) {
                                progress.checkCancelled();
                            }
                        }
                        case "c" -> {
                            String ref = x.getAttributeValue(null, "r");
                            int col = ref == null ? nextCol : new CellReference(ref).getCol();
                            nextCol = col + 1;
                            SourceCell cell = readCell(x);
                            if (cells != null && col < GridBuilder.MAX_COLUMNS) {
                                while (cells.size() < col) {
                                    cells.add(SourceCell.EMPTY);
                                }
                                cells.add(cell);
                            }
                        }
                        case "mergeCell" -> {
                            CellRangeAddress range = CellRangeAddress.valueOf(x.getAttributeValue(null, "ref"));
                            grid.merge(range.getFirstRow(), range.getLastRow(), range.getFirstColumn(), range.getLastColumn());
                        }
                        default -> {
                        }
                    }
                } else if (event == XMLStreamConstants.END_ELEMENT && "row".equals(x.getLocalName()) && cells != null) {
                    grid.addRow(rowIndex, cells);
                    cells = null;
                }
            }
        } finally {
            x.close();
        }
        return grid.build();
    }

    /** Reads one {@code <c>} element through to its end tag. */
    private SourceCell readCell(XMLStreamReader x) throws XMLStreamException {
        String type = x.getAttributeValue(null, "t");
        String s = x.getAttributeValue(null, "s");
        StyleFacts style = style(s == null ? 0 : Integer.parseInt(s));
        StringBuilder value = new StringBuilder();
        StringBuilder inline = new StringBuilder();
        int depth = 1;
        String current = null;
        while (depth > 0 && x.hasNext()) {
            int event = x.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                depth++;
                current = x.getLocalName();
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                depth--;
                current = null;
            } else if (event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA) {
                if ("v".equals(current)) {
                    value.append(x.getText());
                } else if ("t".equals(current)) {
                    inline.append(x.getText());
                }
            }
        }
        String v = value.toString();
        String text;
        LocalDate date = null;
        switch (type == null ? "n" : type) {
            case "s" -> text = v.isBlank() ? "" : strings.getItemAt(Integer.parseInt(v.trim())).getString();
            case "inlineStr" -> text = inline.toString();
            case "str", "e" -> text = v;
            case "b" -> text = "1".equals(v.trim()) ? "TRUE" : "FALSE";
            default -> {
                if (v.isBlank()) {
                    text = "";
                } else {
                    double d = Double.parseDouble(v.trim());
                    if (style.date() && DateUtil.isValidExcelDate(d)) {
                        date = DateUtil.getLocalDateTime(d).toLocalDate();
                        text = UkDates.format(date);
                    } else {
                        text = formatter.formatRawCellContents(d, style.formatIndex(), style.formatString());
                    }
                }
            }
        }
        return new SourceCell(text, style.fill(), date, false);
    }

    private StyleFacts style(int index) {
        return styleCache.computeIfAbsent(index, i -> {
            if (styles == null || i >= styles.getNumCellStyles()) {
                return new StyleFacts(null, false, 0, "General");
            }
            XSSFCellStyle st = styles.getStyleAt(i);
            String fill = null;
            if (st.getFillPattern() != FillPatternType.NO_FILL) {
                fill = hex(st.getFillForegroundColorColor());
            }
            int fmt = st.getDataFormat();
            String fmtString = st.getDataFormatString();
            return new StyleFacts(fill, DateUtil.isADateFormat(fmt, fmtString), fmt, fmtString == null ? "General" : fmtString);
        });
    }

    static String hex(XSSFColor colour) {
        if (colour == null) {
            return null;
        }
        byte[] rgb = colour.getRGBWithTint();
        if (rgb == null) {
            rgb = colour.getRGB();
        }
        if (rgb == null || rgb.length < 3) {
            return null;
        }
        int o = rgb.length == 4 ? 1 : 0;
        return String.format("#%02X%02X%02X", rgb[o] & 0xFF, rgb[o + 1] & 0xFF, rgb[o + 2] & 0xFF);
    }
}
