package org.limber.settings;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.file.Files;
import java.nio.file.Path;

/** Any bytes in settings.json: the app starts with what it can read, or the defaults; nothing escapes. */
class SettingsFuzzTest {

    @FuzzTest(maxDuration = "30s")
    void loadAlwaysGivesUsableSettings(byte[] input) throws Exception {
        Path dir = Files.createTempDirectory("limber-settings-fuzz");
        try {
            Path file = dir.resolve("settings.json");
            Files.write(file, input);
            Settings settings = new SettingsStore(file).load();
            if (settings == null || settings.theme() == null || settings.textSize() == null
                    || settings.volume() < 0 || settings.volume() > Settings.MAX_VOLUME || settings.alerts() == null) {
                throw new AssertionError("unusable settings from " + input.length + " bytes");
            }
        } finally {
            try (var files = Files.list(dir)) {
                for (Path p : (Iterable<Path>) files::iterator) {
                    Files.deleteIfExists(p);
                }
            }
            Files.deleteIfExists(dir);
        }
    }
}
