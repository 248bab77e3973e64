package dev.steward.export.pdf;

import com.lowagie.text.Font;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.FontSelector;

import java.awt.Color;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * The embedded fonts: DejaVu Sans for Latin, Greek and Cyrillic, Droid Sans Fallback for what
 * DejaVu lacks (CJK), chosen per character by a FontSelector; both embedded as subsets.
 */
final class PdfFonts {
    private final BaseFont regular;
    private final BaseFont bold;
    private final BaseFont fallback;

    PdfFonts() {
        regular = load("DejaVuSans.ttf");
        bold = load("DejaVuSans-Bold.ttf");
        fallback = load("DroidSansFallbackFull.ttf");
    }

    private static BaseFont load(String name) {
        try (InputStream in = PdfFonts.class.getResourceAsStream("/dev/steward/export/fonts/" + name)) {
            if (in == null) throw new IllegalStateException("the font " + name + " is missing from the application");
            return BaseFont.createFont(name, BaseFont.IDENTITY_H, BaseFont.EMBEDDED, BaseFont.CACHED, in.readAllBytes(), null);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the font " + name, e);
        }
    }

    Phrase phrase(String text, float size) {
        return phrase(text, size, false, Color.BLACK);
    }

    Phrase phrase(String text, float size, boolean isBold, Color color) {
        FontSelector selector = new FontSelector();
        Font main = new Font(isBold ? bold : regular, size, Font.NORMAL, color);
        selector.addFont(main);
        selector.addFont(new Font(fallback, size, Font.NORMAL, color));
        Phrase phrase = selector.process(text == null ? "" : text);
        // The phrase's own font would otherwise be OpenPDF's default (Helvetica, not embedded), which
        // it uses for empty text and line ends: every page then referred to a font nothing prints in.
        phrase.setFont(main);
        return phrase;
    }

    Font font(float size, boolean isBold, Color color) {
        return new Font(isBold ? bold : regular, size, Font.NORMAL, color);
    }

    BaseFont regularBase() {
        return regular;
    }
}
