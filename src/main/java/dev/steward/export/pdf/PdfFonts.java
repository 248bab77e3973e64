package dev.steward.export.pdf;

import com.lowagie.text.Chunk;
import com.lowagie.text.Font;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.BaseFont;

import java.awt.Color;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * The embedded fonts: DejaVu Sans for Latin, Greek and Cyrillic, Droid Sans Fallback for what
 * DejaVu lacks (CJK), chosen per character (see {@link #phrase}); both embedded as subsets.
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

    /**
     * The text in the main font, with each run of characters it lacks (CJK) in the fallback: what
     * OpenPDF's {@code FontSelector} does, but a FontSelector re-reads and parses a bundled 400 KB font
     * each time one is made (its constructor registers it with {@code FontFactory}), ≈ 50 ms a phrase:
     * minutes for the summary of a register with thousands of rows.
     */
    Phrase phrase(String text, float size, boolean isBold, Color color) {
        Font main = new Font(isBold ? bold : regular, size, Font.NORMAL, color);
        Font other = new Font(fallback, size, Font.NORMAL, color);
        String s = text == null ? "" : text;
        Phrase phrase = new Phrase();
        StringBuilder run = new StringBuilder();
        Font runFont = main;
        for (int i = 0; i < s.length(); i += Character.charCount(s.codePointAt(i))) {
            int c = s.codePointAt(i);
            // Line ends stay in the run they end; a character neither font has shows as the main font's box.
            Font f = c == '\n' || c == '\r' ? runFont : main.getBaseFont().charExists(c) || !fallback.charExists(c) ? main : other;
            if (f != runFont && run.length() > 0) {
                phrase.add(new Chunk(run.toString(), runFont));
                run.setLength(0);
            }
            runFont = f;
            run.appendCodePoint(c);
        }
        if (run.length() > 0) phrase.add(new Chunk(run.toString(), runFont));
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
