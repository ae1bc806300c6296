package org.limber.ui.profiles;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.limber.clients.Alert;
import org.limber.clients.AlertThresholds;
import org.limber.clients.ClientOverview;
import org.limber.clients.Clients;
import org.limber.clients.ExerciseResult;
import org.limber.concurrent.BackgroundExecutor;
import org.limber.results.ResultSession;
import org.limber.ui.common.Failure;
import org.limber.ui.common.SessionsFocus;

/**
 * The clients overview on Profiles: one row per client with imported results; for the client
 * chosen their alerts (most urgent first) and how each exercise went; for the alert chosen the
 * sessions behind it, and the way to them in the client's History. Read in the background.
 */
public final class ClientsViewModel {

    private final Clients clients;
    private final BackgroundExecutor executor;
    private final Clock clock;
    private final Supplier<AlertThresholds> thresholds;
    private final ObservableList<ClientOverview> rows = FXCollections.observableArrayList();
    private final ObjectProperty<ClientOverview> selected = new SimpleObjectProperty<>();
    private final ObservableList<Alert> alerts = FXCollections.observableArrayList();
    private final ObservableList<ExerciseResult> exercises = FXCollections.observableArrayList();
    private final ObjectProperty<Alert> chosenAlert = new SimpleObjectProperty<>();
    private final ObservableList<ResultSession> alertSessions = FXCollections.observableArrayList();
    private final ObjectProperty<Failure> problem = new SimpleObjectProperty<>();
    private final Consumer<SessionsFocus> openSessions;

    /** {@code openSessions}: shows a client's History with only the sessions given. */
    public ClientsViewModel(Clients clients, BackgroundExecutor executor, Clock clock,
            Supplier<AlertThresholds> thresholds, Consumer<SessionsFocus> openSessions) {
        this.openSessions = openSessions;
        this.clients = clients;
        this.executor = executor;
        this.clock = clock;
        this.thresholds = thresholds;
        selected.addListener((obs, old, now) -> {
            chosenAlert.set(null);
            alerts.setAll(now == null ? List.of() : now.alerts());
            exercises.setAll(now == null ? List.of() : now.exercises());
        });
        chosenAlert.addListener((obs, old, now) -> {
            ClientOverview client = selected.get();
            alertSessions.setAll(now == null || client == null ? List.of() : client.sessionsOf(now));
        });
    }

    /** Reads every client's results again, with the thresholds as they are now. */
    public void load() {
        LocalDate today = LocalDate.now(clock);
        AlertThresholds limits = thresholds.get();
        executor.submit(() -> clients.overviews(today, limits), this::accept,
                e -> problem.set(Failure.of("clients.error.load", e)));
    }

    private void accept(List<ClientOverview> loaded) {
        problem.set(null);
        String before = selected.get() == null ? null : selected.get().profileId();
        rows.setAll(loaded);
        selected.set(null);
        selected.set(loaded.stream().filter(c -> c.profileId().equals(before)).findFirst()
                .orElse(loaded.isEmpty() ? null : loaded.get(0)));
    }

    /** Opens the chosen client's History on the alert's days, showing only the sessions behind it. */
    public void open(Alert alert) {
        ClientOverview client = selected.get();
        if (alert != null && client != null && client.alerts().contains(alert)) {
            openSessions.accept(new SessionsFocus(client.profileId(), client.name(), alert.from(), alert.to(),
                    Set.copyOf(alert.sessionIds())));
        }
    }

    public ObservableList<ClientOverview> rows() {
        return rows;
    }

    /** The client whose alerts and exercises are shown; the first one after a load unless another was chosen. */
    public ObjectProperty<ClientOverview> selectedProperty() {
        return selected;
    }

    public ObservableList<Alert> alerts() {
        return alerts;
    }

    public ObservableList<ExerciseResult> exercises() {
        return exercises;
    }

    public ObjectProperty<Alert> chosenAlertProperty() {
        return chosenAlert;
    }

    /** The sessions behind the alert chosen, oldest first. */
    public ObservableList<ResultSession> alertSessions() {
        return alertSessions;
    }

    public ReadOnlyObjectProperty<Failure> problemProperty() {
        return problem;
    }
}
