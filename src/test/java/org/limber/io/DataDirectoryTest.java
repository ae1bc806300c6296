package org.limber.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DataDirectoryTest {

    @Test
    void theArgumentWins() {
        assertThat(DataDirectory.resolve(List.of("--data-dir=/tmp/x"), Map.of(), "Linux", "/home/a"))
                .isEqualTo(Path.of("/tmp/x"));
    }

    @Test
    void linuxFollowsXdgOrFallsBackToLocalShare() {
        assertThat(DataDirectory.osDefault(Map.of("XDG_DATA_HOME", "/data"), "Linux", "/home/a"))
                .isEqualTo(Path.of("/data/limber"));
        assertThat(DataDirectory.osDefault(Map.of(), "Linux", "/home/a"))
                .isEqualTo(Path.of("/home/a/.local/share/limber"));
    }

    @Test
    void windowsUsesAppData() {
        assertThat(DataDirectory.osDefault(Map.of("APPDATA", "/roaming"), "Windows 11", "/home/a"))
                .isEqualTo(Path.of("/roaming/Limber"));
    }

    @Test
    void macUsesApplicationSupport() {
        assertThat(DataDirectory.osDefault(Map.of(), "Mac OS X", "/Users/a"))
                .isEqualTo(Path.of("/Users/a/Library/Application Support/Limber"));
    }
}
