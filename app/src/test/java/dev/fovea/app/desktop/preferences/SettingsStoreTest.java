package dev.fovea.app.desktop.preferences;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SettingsStoreTest {
    @TempDir
    Path home;

    @Test
    void roundTripsAndKeepsWhatOtherPartsOfFoveaWrote() throws Exception {
        Path file = home.resolve("settings.json");
        Files.writeString(file, "{\"models\":{\"active\":\"mobileclip-s2\"}}");
        SettingsStore store = new SettingsStore(file);
        DesktopSettings settings = DesktopSettings.DEFAULTS
                .withTheme(ThemeMode.DARK)
                .withTileSize(240)
                .withQueryHistory(List.of("beach", "snow"))
                .withWindow(new WindowPlacement(10, 20, 1300, 900, true))
                .withGrouping(DateGrouping.MONTH)
                .withOrder(ResultOrder.NEWEST)
                .withStackDuplicates(false);
        store.save(settings);
        assertThat(store.load()).isEqualTo(settings);
        assertThat(Files.readString(file)).contains("\"models\"").contains("\"tile_size\" : 240");
    }

    @Test
    void aMissingDamagedOrStrangeFileGivesUsableSettings() throws Exception {
        Path file = home.resolve("settings.json");
        assertThat(new SettingsStore(file).load()).isEqualTo(DesktopSettings.DEFAULTS);
        Files.writeString(file, "{not json");
        assertThat(new SettingsStore(file).load()).isEqualTo(DesktopSettings.DEFAULTS);
        Files.writeString(file, "{\"desktop\":{\"tile_size\":5000,\"theme\":null,\"future_option\":true}}");
        DesktopSettings odd = new SettingsStore(file).load();
        assertThat(odd.tileSize()).isEqualTo(DesktopSettings.MAX_TILE);
        assertThat(odd.theme()).isEqualTo(ThemeMode.SYSTEM);
        new SettingsStore(file).save(odd);
        assertThat(new SettingsStore(file).load()).isEqualTo(odd);
    }
}
