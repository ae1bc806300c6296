package org.limber.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The file choosers start in the documents folder, then where the person last saved or opened something. */
class FxDialogServiceTest {

    final Path documents = Path.of("/home/anna/Dokumente");

    @Test
    void theFirstDialogStartsInTheDocumentsFolderAndTheNextWhereTheLastFileWent() {
        FxDialogService dialogs = new FxDialogService();
        assertThat(dialogs.folder()).as("not known yet: the system's choice").isNull();
        dialogs.startIn(documents);
        assertThat(dialogs.folder()).isEqualTo(documents);
        dialogs.used(Path.of("/home/anna/Physio/report.pdf"), false);
        assertThat(dialogs.folder()).isEqualTo(Path.of("/home/anna/Physio"));
        dialogs.used(Path.of("/media/usb"), true);
        assertThat(dialogs.folder()).as("a chosen folder is the folder").isEqualTo(Path.of("/media/usb"));
    }

    @Test
    void aFolderAlreadyUsedIsNotReplacedByTheDocumentsFolderFoundLate() {
        FxDialogService dialogs = new FxDialogService();
        dialogs.used(Path.of("/home/anna/Physio/report.pdf"), false);
        dialogs.startIn(documents);
        assertThat(dialogs.folder()).isEqualTo(Path.of("/home/anna/Physio"));
    }
}
