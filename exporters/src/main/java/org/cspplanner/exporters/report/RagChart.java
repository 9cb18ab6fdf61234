package org.cspplanner.exporters.report;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import javax.imageio.ImageIO;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.block.BlockBorder;
import org.jfree.chart.labels.CategoryItemLabelGenerator;
import org.jfree.chart.labels.ItemLabelAnchor;
import org.jfree.chart.labels.ItemLabelPosition;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.StackedBarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.category.CategoryDataset;
import org.jfree.data.category.DefaultCategoryDataset;
import org.cspplanner.model.report.ActionState;
import org.cspplanner.model.report.RagReport;
import org.cspplanner.model.report.ThemeSummary;

/**
 * The summary chart: one horizontal stacked bar per theme, Red to not rated, drawn by JFreeChart into an opaque
 * RGB PNG (PDF/A-1 allows no transparency) at twice its printed size so it stays sharp.
 */
public final class RagChart {

    /** Complete in navy and not rated in grey: neither is a RAG colour, so neither can be mistaken for one. */
    private static final Color[] COLOURS = {
        new Color(0xC6, 0x28, 0x28), new Color(0xEF, 0x8F, 0x00), new Color(0x2E, 0x7D, 0x32),
        new Color(0x1F, 0x38, 0x64), new Color(0x9E, 0x9E, 0x9E)};
    private static final Font BASE = loadFont();

    private RagChart() {
    }

    /** The chart as PNG bytes, {@code width × height} pixels at 1×, drawn at 2×. */
    public static byte[] png(RagReport report, int width, int height) {
        JFreeChart chart = chart(report);
        BufferedImage image = new BufferedImage(width * 2, height * 2, BufferedImage.TYPE_INT_RGB);
        java.awt.Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(java.awt.RenderingHints.KEY_ANTIALIASING, java.awt.RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(java.awt.RenderingHints.KEY_TEXT_ANTIALIASING,
                    java.awt.RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.scale(2, 2);
            chart.draw(g, new java.awt.geom.Rectangle2D.Double(0, 0, width, height));
        } finally {
            g.dispose();
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    static JFreeChart chart(RagReport report) {
        CategoryDataset data = dataset(report);
        CategoryAxis themes = new CategoryAxis(null);
        themes.setTickLabelFont(BASE.deriveFont(10f));
        themes.setMaximumCategoryLabelWidthRatio(0.4f);
        themes.setMaximumCategoryLabelLines(2);
        NumberAxis counts = new NumberAxis("Number of actions");
        counts.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        counts.setTickLabelFont(BASE.deriveFont(9f));
        counts.setLabelFont(BASE.deriveFont(9.5f));
        StackedBarRenderer bars = new StackedBarRenderer();
        bars.setBarPainter(new StandardBarPainter());
        bars.setShadowVisible(false);
        bars.setDrawBarOutline(true);
        bars.setDefaultOutlinePaint(Color.WHITE);
        bars.setDefaultOutlineStroke(new BasicStroke(1f));
        bars.setMaximumBarWidth(0.12);
        for (int i = 0; i < COLOURS.length; i++) {
            bars.setSeriesPaint(i, COLOURS[i]);
            bars.setSeriesItemLabelPaint(i, i == 1 || i == 4 ? Color.BLACK : Color.WHITE);
        }
        CategoryItemLabelGenerator numbers = new NonZeroLabels();
        bars.setDefaultItemLabelGenerator(numbers);
        bars.setDefaultItemLabelsVisible(true);
        bars.setDefaultItemLabelFont(BASE.deriveFont(Font.BOLD, 9.5f));
        bars.setDefaultPositiveItemLabelPosition(new ItemLabelPosition(ItemLabelAnchor.CENTER, TextAnchor.CENTER));
        CategoryPlot plot = new CategoryPlot(data, themes, counts, bars);
        plot.setOrientation(PlotOrientation.HORIZONTAL);
        plot.setRangeAxisLocation(org.jfree.chart.axis.AxisLocation.BOTTOM_OR_RIGHT);
        plot.setBackgroundPaint(Color.WHITE);
        plot.setRangeGridlinePaint(new Color(0xBD, 0xBD, 0xBD));
        plot.setOutlineVisible(false);
        JFreeChart chart = new JFreeChart(null, BASE.deriveFont(11f), plot, true);
        chart.setBackgroundPaint(Color.WHITE);
        chart.setAntiAlias(true);
        LegendTitle legend = chart.getLegend();
        legend.setItemFont(BASE.deriveFont(9.5f));
        legend.setFrame(BlockBorder.NONE);
        legend.setPosition(RectangleEdge.BOTTOM);
        return chart;
    }

    static CategoryDataset dataset(RagReport report) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        for (ThemeSummary t : report.themes()) {
            for (ActionState s : ActionState.values()) {
                data.addValue(t.now().get(s), s.word(), label(t.heading()));
            }
        }
        return data;
    }

    private static String label(String heading) {
        return heading.length() <= 48 ? heading : heading.substring(0, 46).stripTrailing() + "\u2026";
    }

    private static Font loadFont() {
        try (InputStream in = RagChart.class.getResourceAsStream("/org/cspplanner/exporters/fonts/DejaVuSansCondensed.ttf")) {
            return in == null ? new Font(Font.SANS_SERIF, Font.PLAIN, 10) : Font.createFont(Font.TRUETYPE_FONT, in);
        } catch (IOException | FontFormatException e) {
            return new Font(Font.SANS_SERIF, Font.PLAIN, 10);
        }
    }

    /** Shows a bar's count inside it, and nothing for an empty one. */
    private static final class NonZeroLabels implements CategoryItemLabelGenerator {
        @Override
        public String generateRowLabel(CategoryDataset dataset, int row) {
            return dataset.getRowKey(row).toString();
        }

        @Override
        public String generateColumnLabel(CategoryDataset dataset, int column) {
            return dataset.getColumnKey(column).toString();
        }

        @Override
        public String generateLabel(CategoryDataset dataset, int row, int column) {
            Number n = dataset.getValue(row, column);
            return n == null || n.intValue() == 0 ? null : String.valueOf(n.intValue());
        }
    }
}
