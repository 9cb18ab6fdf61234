package org.cspplanner.exporters.report;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import org.cspplanner.exporters.document.Block;
import org.cspplanner.exporters.document.Cell;
import org.cspplanner.exporters.document.Column;
import org.cspplanner.exporters.document.Heading;
import org.cspplanner.exporters.document.Paragraph;
import org.cspplanner.exporters.document.Row;
import org.cspplanner.exporters.document.Table;
import org.cspplanner.model.ProgressListener;

/**
 * A report or plan as one self-contained, accessible HTML page for a council website: language set, landmarks,
 * headings in order, data tables with captions and header cells, RAG as words (colour only decorates, with
 * text contrast above 4.5:1), the chart as an image with a text alternative and its figures in a table.
 */
public final class ReportHtmlWriter {

    private static final String CSS = """
            body{font-family:"DejaVu Sans",Arial,sans-serif;color:#1a1a1a;margin:0;line-height:1.45}
            .skip{position:absolute;left:-999px}.skip:focus{left:8px;top:8px;background:#fff;padding:4px}
            header{background:#1f3864;color:#fff;padding:1.2rem 2rem}header p{margin:.2rem 0}
            header h1{margin:.4rem 0;font-size:1.9rem}
            .draft{display:inline-block;background:#fff;color:#b71c1c;font-weight:bold;padding:.2rem .6rem}
            nav,main,footer{max-width:75rem;margin:0 auto;padding:0 2rem}
            nav li{margin:.2rem 0}nav a{display:inline-block;padding:.2rem 0;min-height:24px}
            h2{color:#1f3864;border-bottom:2px solid #1f3864;padding-bottom:.2rem;margin-top:2.2rem}
            h3,h4{color:#1f3864}
            table{border-collapse:collapse;width:100%;margin:.4rem 0 1.2rem;font-size:.9rem}
            caption{text-align:left;font-weight:bold;color:#1f3864;padding:.3rem 0}
            th,td{border:1px solid #a6a6a6;padding:.3rem .45rem;vertical-align:top;text-align:left}
            thead th{background:#1f3864;color:#fff}
            tbody th{font-weight:bold;background:#f4f6fa}
            td.rag{font-weight:bold;text-align:center}
            .rag-red{background:#c62828;color:#fff}.rag-amber{background:#ef8f00;color:#000}
            .rag-green{background:#2e7d32;color:#fff}
            figure{margin:1rem 0}figure img{max-width:100%;height:auto;border:1px solid #ddd}
            figcaption{font-size:.9rem;color:#404040}
            footer{color:#404040;font-size:.85rem;padding-bottom:2rem}
            """;

    public void write(ReportContent content, OutputStream out, ProgressListener progress) throws IOException {
        Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        var info = content.info();
        w.write("<!DOCTYPE html>\n<html lang=\"" + Html.escape(info.language()) + "\">\n<head>\n<meta charset=\"utf-8\">\n");
        w.write("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
        w.write("<title>" + Html.escape(content.kindTitle() + ": " + info.title() + ", " + info.period().label())
                + "</title>\n<style>\n" + CSS + "</style>\n</head>\n<body>\n");
        w.write("<a class=\"skip\" href=\"#main\">Skip to the content</a>\n<header>\n");
        String partnership = content.report().plan().partnership();
        if (!partnership.isEmpty()) {
            w.write("<p>" + Html.escape(partnership) + "</p>\n");
        }
        w.write("<h1>" + Html.escape(info.title()) + "</h1>\n");
        w.write("<p>" + Html.escape(content.kindTitle()) + " \u00b7 " + Html.escape(info.period().label()) + " ("
                + Html.escape(info.period().monthsLabel()) + ") \u00b7 Prepared " + content.report().dateDisplay() + "</p>\n");
        if (info.draft()) {
            w.write("<p class=\"draft\">DRAFT \u2013 not for publication</p>\n");
        }
        w.write("</header>\n<nav aria-label=\"Contents\">\n<h2>Contents</h2>\n<ol>\n");
        for (Chapter c : content.chapters()) {
            w.write("<li><a href=\"#" + c.anchor() + "\">" + Html.escape(c.title()) + "</a></li>\n");
        }
        w.write("</ol>\n</nav>\n<main id=\"main\">\n");
        int done = 0;
        for (Chapter c : content.chapters()) {
            progress.checkCancelled();
            w.write("<section aria-labelledby=\"" + c.anchor() + "\">\n<h2 id=\"" + c.anchor() + "\">"
                    + Html.escape(c.title()) + "</h2>\n");
            for (ReportItem item : c.items()) {
                item(w, item);
            }
            w.write("</section>\n");
            progress.progress(0.1 + 0.85 * ++done / content.chapters().size(), "Wrote " + c.title());
        }
        w.write("</main>\n<footer>\n<p>Produced with CSP Planner on " + content.report().dateDisplay()
                + ". Ratings are given as words; colours only repeat them.</p>\n</footer>\n</body>\n</html>\n");
        w.flush();
        progress.progress(1.0, "Done");
    }

    private static void item(Writer w, ReportItem item) throws IOException {
        if (item instanceof ReportItem.Text t) {
            w.write("<p>" + (t.label().isEmpty() ? "" : "<strong>" + Html.escape(t.label()) + ".</strong> ")
                    + Html.lines(t.text()) + "</p>\n");
        } else if (item instanceof ReportItem.Sub s) {
            w.write("<h3>" + Html.escape(s.title()) + "</h3>\n");
        } else if (item instanceof ReportItem.Grid g) {
            table(w, g.caption(), g.table(), true);
        } else if (item instanceof ReportItem.Chart c) {
            int height = 90 + 42 * c.report().themes().size();
            String png = Base64.getEncoder().encodeToString(RagChart.png(c.report(), 640, height));
            w.write("<figure>\n<img src=\"data:image/png;base64," + png + "\" width=\"640\" height=\"" + height
                    + "\" alt=\"" + Html.escape(c.description()) + "\">\n<figcaption>" + Html.escape(c.description())
                    + "</figcaption>\n</figure>\n");
        } else if (item instanceof ReportItem.Plan p) {
            for (Block b : p.document().blocks()) {
                if (b instanceof Heading h) {
                    int level = Math.min(4, h.level() + 1);
                    w.write("<h" + level + ">" + Html.escape(h.text()) + "</h" + level + ">\n");
                } else if (b instanceof Paragraph para) {
                    w.write("<p>" + (para.label().isEmpty() ? "" : "<strong>" + Html.escape(para.label()) + "</strong> ")
                            + Html.lines(para.text()) + "</p>\n");
                } else if (b instanceof Table t) {
                    String caption = t.section().isEmpty() ? t.theme() : t.theme() + ": " + t.section();
                    table(w, caption.isEmpty() ? "Actions" : caption, t, false);
                }
            }
        }
    }

    /**
     * A data table. With {@code rowHeaders} the first cell of each row is its header. A cell spanning rows becomes
     * a real rowspan; the cells it covers are left out.
     */
    static void table(Writer w, String caption, Table t, boolean rowHeaders) throws IOException {
        w.write("<table>\n<caption>" + Html.escape(caption) + "</caption>\n<thead><tr>");
        for (Column c : t.columns()) {
            w.write("<th scope=\"col\">" + Html.escape(c.header()) + "</th>");
        }
        w.write("</tr></thead>\n<tbody>\n");
        int[] covered = new int[t.columns().size()];
        for (Row row : t.rows()) {
            w.write("<tr>");
            List<Cell> cells = row.cells();
            for (int i = 0; i < cells.size(); i++) {
                if (covered[i] > 0) {
                    covered[i]--;
                    continue;
                }
                Cell cell = cells.get(i);
                String span = "";
                if (cell.rowSpan() > 1) {
                    covered[i] = cell.rowSpan() - 1;
                    span = " rowspan=\"" + cell.rowSpan() + "\"";
                }
                String text = Html.lines(cell.text());
                if (rowHeaders && i == 0) {
                    w.write("<th scope=\"row\"" + span + ">" + text + "</th>");
                } else if (cell.rag() != null) {
                    w.write("<td class=\"rag rag-" + cell.rag().name().toLowerCase(Locale.ROOT) + "\"" + span + ">"
                            + text + "</td>");
                } else {
                    w.write("<td" + span + ">" + (cell.strong() && !text.isEmpty() ? "<strong>" + text + "</strong>" : text)
                            + "</td>");
                }
            }
            w.write("</tr>\n");
        }
        w.write("</tbody>\n</table>\n");
    }
}
