package org.limber;

import java.nio.file.Path;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import javafx.scene.Node;
import javafx.stage.Window;
import org.limber.clients.Clients;
import org.limber.io.FolderOpener;
import org.limber.profile.Profile;
import org.limber.results.ImportSummary;
import org.limber.ui.common.SessionsFocus;
import org.limber.ui.profiles.ClientsPane;
import org.limber.ui.profiles.ClientsViewModel;
import org.limber.ui.profiles.ProfilesViewModel;
import org.limber.ui.results.ImportResults;
import org.limber.ui.results.ImportResultsViewModel;
import org.limber.ui.results.ImportResultsViewModel.Imported;
import org.limber.ui.results.SendResults;
import org.limber.ui.results.SendResultsViewModel;
import org.limber.ui.shell.ShellViewModel;

/**
 * Results going back to the physiotherapist (issue 19), made from the {@link Services}: sending
 * from History, importing from Profiles, a dropped file and a file handed over on the command line.
 */
final class ResultsLoop {

    private final SendResults send;
    private final ImportResults imports;
    private final ClientsViewModel clients;
    private final Services app;
    private final Consumer<String> showClient;

    /**
     * {@code imported}: after an import (reload what shows it); {@code showHistory}: that client's
     * History, narrowed to some of their sessions when a focus is given (an alert's).
     */
    ResultsLoop(Services app, ShellViewModel shell, ProfilesViewModel profiles, Consumer<Imported> imported,
            BiConsumer<Profile, SessionsFocus> showHistory) {
        this.app = app;
        this.clients = new ClientsViewModel(new Clients(app.stores().clients(), app.clock().getZone()), app.executor(),
                app.clock(), () -> app.settings().get().alerts(), focus -> profile(profiles, focus.profileId())
                        .ifPresent(client -> showHistory.accept(client, focus)));
        this.showClient = id -> profile(profiles, id).ifPresent(client -> showHistory.accept(client, null));
        // other thresholds in Settings: the alerts are worked out again
        app.settings().settingsProperty().addListener((obs, old, now) -> {
            if (old != null && !old.alerts().equals(now.alerts())) {
                loadClients();
            }
        });
        FolderOpener folders = FolderOpener.forThisComputer();
        this.send = new SendResults(new SendResultsViewModel(app.results(), app.executor(), profiles.activeProperty()::get,
                folders::open, app.clock().getZone()), app.dialogs(), app.i18n());
        ImportResultsViewModel importing = new ImportResultsViewModel(app.results(), app.stores().profiles(),
                app.executor(), app.newId());
        this.imports = new ImportResults(importing, app.dialogs(), app.i18n(), done -> {
            loadClients();
            ImportSummary s = done.summary();
            shell.statusProperty().set(app.i18n().get("results.import.finished", done.client().name(),
                    app.i18n().get("results.import.summary", s.added(), s.updated(), s.unchanged())));
            imported.accept(done);
        }, client -> showHistory.accept(client, null));
        showOnWindow(importing, shell);
    }

    /** Checking and importing a file say so in the window's status bar, with how much of the file is read. */
    private void showOnWindow(ImportResultsViewModel importing, ShellViewModel shell) {
        Runnable[] working = {null};
        importing.activityProperty().addListener((obs, old, now) -> {
            if (working[0] != null) {
                working[0].run();
                working[0] = null;
                shell.progressProperty().unbind();
                shell.progressProperty().set(-1);
                shell.statusProperty().set("");
            }
            if (now != null) {
                working[0] = shell.working(now.text(app.i18n()));
                shell.progressProperty().bind(importing.progressProperty());
            }
        });
    }

    private static Optional<Profile> profile(ProfilesViewModel profiles, String id) {
        return profiles.profiles().stream().filter(p -> p.id().equals(id)).findFirst();
    }

    /** The clients overview on Profiles. */
    Node clientsPane() {
        return ClientsPane.create(clients, app.i18n(), showClient);
    }

    /** Reads the clients' results again (when Profiles is shown, after an import, with other thresholds). */
    void loadClients() {
        if (app.stores().isOpen()) {
            clients.load();
        }
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
