package dev.steward.ui.icons;

import org.junit.jupiter.api.Test;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.IkonHandler;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ServiceLoader;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class StewardIconTest {

    /** The pack is only on the test classpath: it vouches for the codes the app ships without it. */
    @Test
    void everyIconHasTheCodeOfTheMaterialDesignGlyphOfTheSameName() throws Exception {
        for (StewardIcon icon : StewardIcon.values()) {
            Class<?> letter = Class.forName("org.kordamp.ikonli.materialdesign2.MaterialDesign" + icon.name().charAt(0));
            Ikon glyph = (Ikon) letter.getMethod("valueOf", String.class).invoke(null, icon.name());
            assertThat(icon.getCode()).as(icon.name()).isEqualTo(glyph.getCode());
        }
    }

    @Test
    void theHandlerIsFoundByIkonliAndResolvesEveryIconByItsDescription() {
        StewardIconHandler handler = ServiceLoader.load(IkonHandler.class).stream()
                .map(ServiceLoader.Provider::get)
                .filter(StewardIconHandler.class::isInstance).map(StewardIconHandler.class::cast)
                .findFirst().orElseThrow(() -> new AssertionError("StewardIconHandler is not registered in META-INF/services"));
        for (StewardIcon icon : StewardIcon.values()) {
            assertThat(icon.getDescription()).startsWith(StewardIcon.PREFIX);
            assertThat(handler.supports(icon.getDescription())).isTrue();
            assertThat(handler.resolve(icon.getDescription())).isSameAs(icon);
        }
        assertThat(handler.supports("mdi2m-magnify")).isFalse();
        assertThatThrownBy(() -> handler.resolve("steward-no-such-icon")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theFontIsInTheBuildOutputAndIsATrueTypeFont() throws IOException {
        StewardIconHandler handler = new StewardIconHandler();
        assertThat(handler.getFontResource()).as("unpacked by pom.xml at process-resources").isNotNull();
        try (InputStream in = handler.getFontResourceAsStream()) {
            byte[] head = in.readNBytes(4);
            assertThat(head).containsExactly(0, 1, 0, 0); // the sfnt version of a TrueType font
        }
    }

    /**
     * The pack's own descriptions ("mdi2…") would resolve in tests, where the pack is on the
     * classpath, but fail in the app, where it is not: the sources must not use them.
     */
    @Test
    void noMainSourceUsesThePacksIconNames() throws IOException {
        try (Stream<Path> files = Files.walk(Path.of("src/main"))) {
            assertThat(files.filter(Files::isRegularFile).filter(p -> {
                try {
                    return Files.readString(p).contains("mdi2");
                } catch (IOException | java.io.UncheckedIOException e) {
                    return false; // binary resources (fonts, images) are not sources
                }
            }).map(Path::toString).toList()).isEmpty();
        }
    }
}
