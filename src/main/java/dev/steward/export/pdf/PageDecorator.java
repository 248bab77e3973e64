package dev.steward.export.pdf;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.ColumnText;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfPageEventHelper;
import com.lowagie.text.pdf.PdfTemplate;
import com.lowagie.text.pdf.PdfWriter;

import java.awt.Color;

/** Header with the register's name and "page X of Y" footer; Y is filled in when the document closes. */
final class PageDecorator extends PdfPageEventHelper {
    private final PdfFonts fonts;
    private final String header;
    private PdfTemplate total;

    PageDecorator(PdfFonts fonts, String header) {
        this.fonts = fonts;
        this.header = header;
    }

    @Override
    public void onOpenDocument(PdfWriter writer, Document document) {
        total = writer.getDirectContent().createTemplate(40, 12);
    }

    @Override
    public void onEndPage(PdfWriter writer, Document document) {
        PdfContentByte cb = writer.getDirectContent();
        Rectangle page = document.getPageSize();
        ColumnText.showTextAligned(cb, Element.ALIGN_LEFT, fonts.phrase(header, 8, false, Color.GRAY),
                document.left(), page.getTop() - 24, 0);
        String text = "Page " + writer.getPageNumber() + " of ";
        float width = fonts.regularBase().getWidthPoint(text, 8);
        float x = document.right() - width - 14;
        ColumnText.showTextAligned(cb, Element.ALIGN_LEFT, fonts.phrase(text, 8, false, Color.GRAY), x, 20, 0);
        cb.addTemplate(total, x + width, 20);
    }

    /** At close the writer already counts the page after the last one. */
    @Override
    public void onCloseDocument(PdfWriter writer, Document document) {
        ColumnText.showTextAligned(total, Element.ALIGN_LEFT,
                fonts.phrase(Integer.toString(writer.getPageNumber() - 1), 8, false, Color.GRAY), 0, 0, 0);
    }
}
