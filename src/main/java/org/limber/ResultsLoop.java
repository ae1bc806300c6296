package org.limber;

import java.nio.file.Path;
import java.util.function.Consumer;
import javafx.stage.Window;
import org.limber.io.FolderOpener;
import org.limber.profile.Profile;
import org.limber.ui.profiles.ProfilesViewModel;
import org.limber.ui.results.ImportResults;
import org.limber.ui.results.ImportResultsViewModel;
import org.limber.ui.results.ImportResultsViewModel.Imported;
import org.limber.ui.results.SendResults;
import org.limber.ui.results.SendResultsViewModel;

/**
 * Results going back to the physiotherapist (issue 19), made from the {@link Services}: sending
 * from History, importing from Profiles, a dropped file and a file handed over on the command line.
 */
final class ResultsLoop {

    private final SendResults send;
    private final ImportResults imports;

    /** {@code imported}: after an import (reload what shows it); {@code showHistory}: that client's History. */
    ResultsLoop(Services app, ProfilesViewModel profiles, Consumer<Imported> imported, Consumer<Profile> showHistory) {
        FolderOpener folders = FolderOpener.forThisComputer();
        this.send = new SendResults(new SendResultsViewModel(app.results(), app.executor(), profiles.activeProperty()::get,
                folders::open, app.clock().getZone()), app.dialogs(), app.i18n());
        this.imports = new ImportResults(new ImportResultsViewModel(app.results(), app.stores().profiles(),
                app.executor(), app.newId()), app.dialogs(), app.i18n(), imported, showHistory);
    }

    void send(Window owner) {
        send.start(owner);
    }

    void choose(Window owner) {
        imports.choose(owner);
    }

    /** Imports {@code file} when it is a results file; false when it is not one (a routine file, say). */
    boolean importFile(Path file, Window owner) {
        if (!ImportResults.isResultsFile(file)) {
            return false;
        }
        imports.open(file, owner);
        return true;
    }
}
