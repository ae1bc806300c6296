package org.limber.settings;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.limber.clients.AlertThresholds;
import org.limber.safety.SafetyAnswers;

class SettingsStoreTest {

    @TempDir
    Path dir;

    @Test
    void aMissingFileGivesTheDefaults() {
        assertThat(new SettingsStore(dir.resolve("settings.json")).load()).isEqualTo(Settings.defaults());
    }

    @Test
    void savedSettingsComeBackEqual() throws Exception {
        SettingsStore store = new SettingsStore(dir.resolve("settings.json"));
        Settings settings = Settings.defaults()
                .withTheme(Settings.Theme.DARK)
                .withTextSize(Settings.TextSize.LARGEST)
                .withWindow(new Settings.WindowBounds(10, 20, 900, 700, false))
                .withCues(false, true, 35)
                .withLanguage("de")
                .withOnboardingAccepted(true);
        store.save(settings);
        assertThat(store.load()).isEqualTo(settings);
        try (var files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactly("settings.json");
        }
    }

    @Test
    void aDamagedFileIsKeptAsideAndTheDefaultsAreUsed() throws Exception {
        Path file = dir.resolve("settings.json");
        Files.writeString(file, "{ \"theme\": \"DARK\", ");
        SettingsStore store = new SettingsStore(file);
        assertThat(store.load()).isEqualTo(Settings.defaults());
        assertThat(dir.resolve("settings.json.damaged")).hasContent("{ \"theme\": \"DARK\", ");
    }

    @Test
    void anOddValueCostsOnlyThatField() throws Exception {
        Path file = dir.resolve("settings.json");
        Files.writeString(file, "{\"theme\":\"SEPIA\",\"volume\":\"60\",\"onboardingAccepted\":true,"
                + "\"redFlags\":[\"fall\"],\"window\":{\"x\":\"NaN\",\"y\":10,\"width\":900,\"height\":700}}");
        Settings loaded = new SettingsStore(file).load();
        assertThat(loaded.theme()).isEqualTo(Settings.Theme.LIGHT);
        assertThat(loaded.volume()).isEqualTo(60);
        assertThat(loaded.onboardingAccepted()).isTrue();
        assertThat(loaded.legacySafety().redFlags()).containsExactly("fall");
        assertThat(loaded.window().width()).isEqualTo(900);
        assertThat(Files.exists(file)).as("not moved aside").isTrue();
    }

    @Test
    void unknownFieldsAndOutOfRangeValuesAreTolerated() throws Exception {
        Path file = dir.resolve("settings.json");
        Files.writeString(file, "{\"theme\":\"DARK\",\"volume\":900,\"fromTheFuture\":true}");
        Settings loaded = new SettingsStore(file).load();
        assertThat(loaded.theme()).isEqualTo(Settings.Theme.DARK);
        assertThat(loaded.volume()).isEqualTo(Settings.MAX_VOLUME);
        assertThat(loaded.textSize()).isEqualTo(Settings.TextSize.NORMAL);
    }

    @Test
    void aFailedSaveLeavesThePreviousFileWhole() throws Exception {
        Path file = dir.resolve("settings.json");
        SettingsStore store = new SettingsStore(file);
        store.save(Settings.defaults().withTheme(Settings.Theme.DARK));
        byte[] before = Files.readAllBytes(file);
        SettingsStore blocked = new SettingsStore(dir.resolve("settings.json").resolve("cannot-be-here.json"));
        Assertions.assertThatThrownBy(() -> blocked.save(Settings.defaults()))
                .isInstanceOf(IOException.class);
        assertThat(Files.readAllBytes(file)).isEqualTo(before);
        try (var files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactly("settings.json");
        }
    }

    @Test
    void fieldsAnOlderFileLacksKeepTheirDefaults() throws Exception {
        Path file = dir.resolve("settings.json");
        Files.writeString(file, "{\"onboardingAccepted\": true}");
        Settings loaded = new SettingsStore(file).load();
        assertThat(loaded.onboardingAccepted()).isTrue();
        assertThat(loaded.tones()).isTrue();
        assertThat(loaded.voice()).isTrue();
        assertThat(loaded.volume()).isEqualTo(Settings.defaults().volume());
    }

    @Test
    void alertThresholdsComeBackAndAMissingOneKeepsItsDefault() throws Exception {
        Path file = dir.resolve("settings.json");
        SettingsStore store = new SettingsStore(file);
        Settings settings = Settings.defaults().withAlerts(new AlertThresholds(8, 3, 4, 5));
        store.save(settings);
        assertThat(store.load()).isEqualTo(settings);
        Files.writeString(file, "{\"alerts\": {\"painHigh\": 6, \"repeats\": \"x\"}}");
        assertThat(new SettingsStore(file).load().alerts()).isEqualTo(new AlertThresholds(6, 2, 3, 3));
    }

    @Test
    void theSafetyAnswersOfAnEarlierVersionAreKeptUntilTheyMoveToMe() throws Exception {
        Path file = dir.resolve("settings.json");
        Files.writeString(file, "{\"onboardingAccepted\":true,\"redFlags\":[\"night-pain\"],"
                + "\"conditions\":[\"pregnancy\"],\"safetyCheck\":2}");
        SettingsStore store = new SettingsStore(file);
        Settings earlier = store.load();
        assertThat(earlier.legacySafety()).isEqualTo(new SafetyAnswers(List.of("night-pain"), List.of("pregnancy"), 2));
        assertThat(earlier.usedBy()).as("not asked by that version").isNull();
        store.save(earlier.withTheme(Settings.Theme.DARK));
        assertThat(store.load().legacySafety()).as("written back until moved").isEqualTo(earlier.legacySafety());

        store.save(earlier.withLegacySafety(null).withUsedBy(Settings.UsedBy.CLIENTS));
        Settings moved = store.load();
        assertThat(moved.legacySafety()).isNull();
        assertThat(moved.usedBy()).isEqualTo(Settings.UsedBy.CLIENTS);
        assertThat(Files.readString(file)).doesNotContain("redFlags");

        Files.writeString(file, "{\"redFlags\":[],\"conditions\":[],\"safetyCheck\":0,\"usedBy\":\"NOBODY\"}");
        assertThat(store.load()).as("an earlier version's defaults hold nothing to move")
                .isEqualTo(Settings.defaults());
    }
}
