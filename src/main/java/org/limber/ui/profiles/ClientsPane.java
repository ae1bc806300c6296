package org.limber.ui.profiles;

import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.collections.ObservableList;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.limber.clients.Alert;
import org.limber.clients.ClientOverview;
import org.limber.i18n.Messages;
import org.limber.results.ResultSession;
import org.limber.ui.common.Failure;
import org.limber.ui.common.Icons;
import org.limber.ui.common.Rows;

/**
 * The clients overview on Profiles: a row per client with imported results, the chosen client's
 * alerts (most urgent first; one clicked, or Enter on it, opens its sessions in the client's History),
 * the sessions behind the alert chosen and how each exercise went.
 */
public final class ClientsPane {

    private ClientsPane() {
    }

    /** {@code showHistory}: that client's History (by profile id). */
    public static Node create(ClientsViewModel vm, Messages i18n, Consumer<String> showHistory) {
        DateTimeFormatter date = DateTimeFormatter.ofLocalizedDate(FormatStyle.SHORT).withLocale(i18n.locale());
        Label title = wrapping(i18n.get("clients.title"));
        title.getStyleClass().add("title-3");
        Label intro = wrapping(i18n.get("clients.intro"));
        TableView<ClientOverview> table = new TableView<>(vm.rows());
        table.setId("clients-table");
        table.setAccessibleText(i18n.get("clients.title"));
        table.setPrefHeight(220);
        table.setPlaceholder(wrapping(i18n.get("clients.empty")));
        table.getColumns().add(Columns.text(i18n.get("clients.col.name"), ClientOverview::name, n -> n, false));
        table.getColumns().add(Columns.text(i18n.get("clients.col.last"), ClientOverview::lastSession,
                d -> d.format(date), false));
        table.getColumns().add(Columns.text(i18n.get("clients.col.week"), c -> c,
                c -> i18n.get("clients.week", c.weekDone(), c.weekPlanned()), true));
        table.getColumns().add(Columns.graphic(i18n.get("clients.col.trend"), ClientOverview::painTrend,
                Sparkline::of));
        table.getColumns().add(Columns.text(i18n.get("clients.col.alerts"), c -> c.alerts().size(), String::valueOf,
                true));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> {
            if (now != null) {
                vm.selectedProperty().set(now);
            }
        });
        vm.selectedProperty().addListener((obs, old, now) -> table.getSelectionModel().select(now));
        Label problem = new Label();
        problem.getStyleClass().add("problem-text");
        problem.setWrapText(true);
        Failure.show(problem, vm.problemProperty(), i18n);

        ListView<Alert> alerts = list(vm.alerts(), "client-alerts", i18n.get("clients.alerts.a11y"),
                a -> AlertText.of(a, i18n), vm::open);
        alerts.setPlaceholder(wrapping(i18n.get("clients.alerts.none")));
        alerts.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> vm.chosenAlertProperty()
                .set(now));
        ListView<ResultSession> sessions = list(vm.alertSessions(), "client-alert-sessions",
                i18n.get("clients.sessions.a11y"), s -> i18n.get("clients.session", s.date().format(date),
                        s.routineName(), pain(s.painBefore()), pain(s.painAfter())), null);
        sessions.setPrefHeight(140);
        sessions.setPlaceholder(wrapping(i18n.get("clients.sessions.none")));
        Button history = new Button(i18n.get("clients.history"), Icons.icon("mdi2h-history"));
        history.setId("client-history");
        history.disableProperty().bind(vm.selectedProperty().isNull());
        history.setOnAction(e -> showHistory.accept(vm.selectedProperty().get().profileId()));
        Label alertsTitle = new Label();
        alertsTitle.getStyleClass().add("title-4");
        alertsTitle.setWrapText(true);
        alertsTitle.textProperty().bind(Bindings.createStringBinding(() -> vm.selectedProperty().get() == null ? ""
                : i18n.get("clients.alerts.of", vm.selectedProperty().get().name()), vm.selectedProperty()));
        VBox box = new VBox(12, title, intro, table, problem, alertsTitle, wrapping(i18n.get("clients.alerts.open")),
                alerts, wrapping(i18n.get("clients.sessions.title")), sessions, Rows.of(8, history),
                wrapping(i18n.get("clients.exercises.title")), ExercisesTable.create(vm, i18n));
        box.setId("clients-overview");
        return box;
    }

    static String pain(Integer pain) {
        return pain == null ? "\u2013" : String.valueOf(pain);
    }

    /**
     * A list whose items wrap onto more lines instead of being cut; {@code activate} (if any) gets
     * an item clicked, or the one chosen when Enter is pressed.
     */
    private static <T> ListView<T> list(ObservableList<T> items, String id, String a11y, Function<T, String> text,
            Consumer<T> activate) {
        ListView<T> list = new ListView<>(items);
        if (activate != null) {
            list.addEventHandler(KeyEvent.KEY_PRESSED, e -> {
                T chosen = list.getSelectionModel().getSelectedItem();
                if (e.getCode() == KeyCode.ENTER && chosen != null) {
                    e.consume();
                    activate.accept(chosen);
                }
            });
        }
        list.setId(id);
        list.setAccessibleText(a11y);
        list.setPrefHeight(200);
        list.setCellFactory(v -> new ListCell<>() {
            {
                setWrapText(true);
                prefWidthProperty().bind(v.widthProperty().subtract(28));
                setMaxWidth(Region.USE_PREF_SIZE);
                if (activate != null) {
                    setOnMouseClicked(e -> {
                        if (!isEmpty() && getItem() != null && e.getButton() == MouseButton.PRIMARY) {
                            activate.accept(getItem());
                        }
                    });
                }
            }

            @Override
            protected void updateItem(T item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : text.apply(item));
            }
        });
        return list;
    }

    static Label wrapping(String text) {
        Label label = new Label(text);
        label.setWrapText(true);
        label.setMinHeight(Region.USE_PREF_SIZE);
        return label;
    }
}
