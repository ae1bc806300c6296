package org.limber.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Save dialogs start in the documents folder, by its local name where the desktop names it. */
class DocumentsFolderTest {

    @TempDir
    Path home;

    @Test
    void theDesktopsOwnNameForTheDocumentsFolderComesFirst() throws Exception {
        Path config = Files.createDirectories(home.resolve(".config"));
        Files.createDirectories(home.resolve("Documents"));
        Path german = Files.createDirectories(home.resolve("Dokumente"));
        Files.writeString(config.resolve("user-dirs.dirs"), "# written by xdg-user-dirs-update\n"
                + "XDG_DESKTOP_DIR=\"$HOME/Schreibtisch\"\nXDG_DOCUMENTS_DIR=\"$HOME/Dokumente\"\n");
        assertThat(DocumentsFolder.find(home, config)).isEqualTo(german);
    }

    @Test
    void documentsUnderHomeThenHomeItself() throws Exception {
        Path config = home.resolve(".config");
        assertThat(DocumentsFolder.find(home, config)).as("no documents folder").isEqualTo(home);
        Path documents = Files.createDirectories(home.resolve("Documents"));
        assertThat(DocumentsFolder.find(home, config)).isEqualTo(documents);
        Files.createDirectories(config);
        Files.writeString(config.resolve("user-dirs.dirs"), "XDG_DOCUMENTS_DIR=\"$HOME/Gone\"\n");
        assertThat(DocumentsFolder.find(home, config)).as("a named folder that is not there").isEqualTo(documents);
    }
}
