package dev.steward.ui.icons;

import org.kordamp.ikonli.AbstractIkonHandler;
import org.kordamp.ikonli.Ikon;

import java.io.InputStream;
import java.net.URL;

/** Ikonli's handler for {@link StewardIcon} (registered in META-INF/services). */
public final class StewardIconHandler extends AbstractIkonHandler {
    /** The Material Design Icons font, taken from Ikonli's materialdesign2 pack at build time (see pom.xml). */
    static final String FONT = "/dev/steward/ui/icons/materialdesignicons-webfont.ttf";

    @Override
    public boolean supports(String description) {
        return description != null && description.startsWith(StewardIcon.PREFIX);
    }

    @Override
    public Ikon resolve(String description) {
        return StewardIcon.findByDescription(description);
    }

    @Override
    public URL getFontResource() {
        return StewardIconHandler.class.getResource(FONT);
    }

    @Override
    public InputStream getFontResourceAsStream() {
        return StewardIconHandler.class.getResourceAsStream(FONT);
    }

    @Override
    public String getFontFamily() {
        return "Material Design Icons";
    }
}
