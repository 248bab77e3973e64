package dev.steward.export.pdf;

import com.lowagie.text.Element;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;

import java.awt.Color;
import java.util.List;

/** The building blocks of the summary: headings, KPI tiles, tables, drawn bars and band colours. */
final class PdfBlocks {
    static final Color INK = new Color(0x1F, 0x23, 0x28);
    static final Color MUTED = new Color(0x57, 0x60, 0x6A);
    static final Color RULE = new Color(0xD0, 0xD7, 0xDE);
    static final Color ACCENT = new Color(0x09, 0x69, 0xDA);

    private final PdfFonts fonts;

    PdfBlocks(PdfFonts fonts) {
        this.fonts = fonts;
    }

    Paragraph heading(String text) {
        Paragraph p = new Paragraph(fonts.phrase(text, 15, true, INK));
        p.setSpacingBefore(14);
        p.setSpacingAfter(6);
        return p;
    }

    Paragraph text(String text, float size, Color color) {
        Paragraph p = new Paragraph(fonts.phrase(text, size, false, color));
        p.setSpacingAfter(4);
        return p;
    }

    /** A row of KPI tiles: a big number and its label. */
    PdfPTable tiles(List<String[]> tiles) {
        PdfPTable t = new PdfPTable(tiles.size());
        t.setWidthPercentage(100);
        for (String[] tile : tiles) {
            PdfPCell cell = new PdfPCell();
            cell.setBorderColor(RULE);
            cell.setPadding(8);
            Paragraph value = new Paragraph(fonts.phrase(tile[0], 22, true, tile.length > 2 ? band(tile[2]) : INK));
            cell.addElement(value);
            cell.addElement(new Paragraph(fonts.phrase(tile[1], 8.5f, false, MUTED)));
            t.addCell(cell);
        }
        t.setSpacingAfter(8);
        return t;
    }

    /** A table with a shaded header; widths are relative. */
    PdfPTable table(float[] widths, String... headers) {
        PdfPTable t = new PdfPTable(widths);
        t.setWidthPercentage(100);
        t.setHeaderRows(1);
        for (String h : headers) {
            PdfPCell c = new PdfPCell(fonts.phrase(h, 8.5f, true, INK));
            c.setBackgroundColor(new Color(0xF6, 0xF8, 0xFA));
            c.setBorderColor(RULE);
            c.setPadding(4);
            t.addCell(c);
        }
        t.setSpacingAfter(8);
        return t;
    }

    void cell(PdfPTable t, String text) {
        cell(t, text, null);
    }

    void cell(PdfPTable t, String text, Color background) {
        PdfPCell c = new PdfPCell(fonts.phrase(text, 8.5f, false, INK));
        c.setBorderColor(RULE);
        c.setPadding(4);
        if (background != null) c.setBackgroundColor(background);
        t.addCell(c);
    }

    /** A labelled horizontal bar, drawn as two cells whose widths are the shares; the figure is printed beside it. */
    PdfPTable bar(String label, double share, String figure, Color color) {
        PdfPTable row = new PdfPTable(new float[]{30, 55, 15});
        row.setWidthPercentage(100);
        PdfPCell name = new PdfPCell(fonts.phrase(label, 9, false, INK));
        name.setBorder(Rectangle.NO_BORDER);
        row.addCell(name);
        double clamped = Math.max(0, Math.min(1, share));
        PdfPTable track = new PdfPTable(clamped <= 0 || clamped >= 1 ? new float[]{1}
                : new float[]{(float) clamped, (float) (1 - clamped)});
        track.setWidthPercentage(100);
        if (clamped > 0) track.addCell(fill(color));
        if (clamped < 1) track.addCell(fill(new Color(0xEA, 0xEE, 0xF2)));
        PdfPCell holder = new PdfPCell(track);
        holder.setBorder(Rectangle.NO_BORDER);
        holder.setVerticalAlignment(Element.ALIGN_MIDDLE);
        row.addCell(holder);
        PdfPCell fig = new PdfPCell(fonts.phrase(figure, 9, true, INK));
        fig.setBorder(Rectangle.NO_BORDER);
        fig.setHorizontalAlignment(Element.ALIGN_RIGHT);
        row.addCell(fig);
        return row;
    }

    private static PdfPCell fill(Color color) {
        PdfPCell c = new PdfPCell();
        c.setFixedHeight(11);
        c.setBorder(Rectangle.NO_BORDER);
        c.setBackgroundColor(color);
        return c;
    }

    /** DESIGN.md's band colours; the band's name is always printed with them. */
    static Color band(String band) {
        return switch (band) {
            case "Critical" -> new Color(0xCF, 0x22, 0x2E);
            case "High" -> new Color(0xF0, 0x88, 0x3E);
            case "Medium" -> new Color(0xD4, 0xA7, 0x2C);
            case "Low" -> new Color(0x2D, 0xA4, 0x4E);
            default -> INK;
        };
    }
}
