package dev.steward.app;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** The dark-theme choice survives a restart; a missing or damaged file means the light default. */
class DisplaySettingsTest {
    @TempDir
    Path dir;

    @Test
    void theChoiceIsKeptInTheDataFolder() {
        assertThat(new DisplaySettings(dir).darkTheme()).isFalse();
        new DisplaySettings(dir).setDarkTheme(true);
        assertThat(new DisplaySettings(dir).darkTheme()).isTrue();
        assertThat(dir.resolve("settings.properties")).content().contains("theme.dark=true");
        new DisplaySettings(dir).setDarkTheme(false);
        assertThat(new DisplaySettings(dir).darkTheme()).isFalse();
    }

    @Test
    void aDamagedFileMeansTheDefault() throws Exception {
        Files.write(dir.resolve("settings.properties"), new byte[] {'\\', 'u', '1', 'Z', 0, (byte) 0xff});
        assertThat(new DisplaySettings(dir).darkTheme()).isFalse();
        new DisplaySettings(dir.resolve("not/yet/made")).setDarkTheme(true);
        assertThat(new DisplaySettings(dir.resolve("not/yet/made")).darkTheme()).isTrue();
    }
}
