package org.limber.ui.today;

import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.ToLongFunction;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.limber.i18n.Messages;
import org.limber.plan.Agenda;
import org.limber.routine.Physiotherapist;
import org.limber.routine.Routine;
import org.limber.ui.common.EmptyState;
import org.limber.ui.common.Failure;
import org.limber.ui.common.Icons;

/**
 * Today: the plans due today with what is done, the streak, and the user's routines as big
 * cards, each one click (or Tab and Enter) from starting.
 */
public final class TodayPage {

    /** What the page can ask the rest of the app to do ({@code sendResults}: over this window). */
    public record Actions(Consumer<Routine> start, Runnable browse, Runnable plan, Consumer<Window> sendResults) {
    }

    private TodayPage() {
    }

    public static Node create(TodayViewModel vm, ObservableList<Routine> routines, ToLongFunction<Routine> durationMillis,
            Actions actions, Messages i18n) {
        Label title = new Label(i18n.get("today.title"));
        title.getStyleClass().add("title-1");
        Label date = new Label();
        date.getStyleClass().add("text-muted");
        date.textProperty().bind(Bindings.createStringBinding(() -> vm.dayProperty().get() == null ? ""
                : vm.dayProperty().get().format(DateTimeFormatter.ofLocalizedDate(FormatStyle.FULL)
                        .withLocale(i18n.locale())), vm.dayProperty()));
        Label streak = new Label();
        streak.setId("today-streak");
        streak.getStyleClass().add("title-4");
        streak.textProperty().bind(Bindings.createStringBinding(
                () -> i18n.get("today.streak", vm.streaksProperty().get().current()), vm.streaksProperty()));

        Label selfCare = new Label();
        selfCare.setId("today-selfcare");
        selfCare.getStyleClass().add("insight-banner");
        selfCare.setWrapText(true);
        selfCare.setMinHeight(Label.USE_PREF_SIZE);
        selfCare.textProperty().bind(Bindings.createStringBinding(() -> i18n.get(vm.selfCareKey()), vm.dayProperty()));

        Label failure = new Label();
        failure.setId("today-error");
        failure.getStyleClass().add("problem-text");
        failure.setWrapText(true);
        Failure.show(failure, vm.errorProperty(), i18n);

        Label noBackups = new Label();
        noBackups.setId("today-backups-problem");
        noBackups.getStyleClass().add("problem-text");
        noBackups.setWrapText(true);
        noBackups.setMinHeight(Label.USE_PREF_SIZE);
        noBackups.textProperty().bind(Bindings.createStringBinding(() -> vm.backupsProblemProperty().get().isEmpty()
                ? "" : i18n.get(vm.backupsProblemProperty().get()), vm.backupsProblemProperty()));
        noBackups.visibleProperty().bind(vm.backupsProblemProperty().isNotEmpty());
        noBackups.managedProperty().bind(noBackups.visibleProperty());

        Label dueTitle = new Label(i18n.get("today.due"));
        dueTitle.getStyleClass().add("title-3");
        VBox due = new VBox(10);
        due.setId("today-plans");
        Label nothingDue = new Label(i18n.get("today.due.none"));
        nothingDue.setWrapText(true);
        Hyperlink makePlan = new Hyperlink(i18n.get("today.due.makePlan"));
        makePlan.setId("today-make-plan");
        makePlan.setOnAction(e -> actions.plan().run());
        Runnable fillDue = () -> {
            due.getChildren().clear();
            for (Agenda.Item item : vm.due()) {
                due.getChildren().add(row(item, routines, actions, i18n));
            }
            if (vm.due().isEmpty()) {
                due.getChildren().add(new VBox(4, nothingDue, makePlan));
            }
        };
        vm.due().addListener((ListChangeListener<Agenda.Item>) c -> fillDue.run());
        fillDue.run();

        Label yours = new Label(i18n.get("today.routines"));
        yours.getStyleClass().add("title-3");
        Label hint = new Label(i18n.get("today.hint"));
        hint.setWrapText(true);
        FlowPane cards = new FlowPane(16, 16);
        cards.setId("today-routines");
        Runnable fill = () -> {
            cards.getChildren().clear();
            for (Routine routine : routines) {
                cards.getChildren().add(card(routine, durationMillis.applyAsLong(routine), actions.start(), i18n));
            }
        };
        routines.addListener((ListChangeListener<Routine>) c -> fill.run());
        fill.run();
        VBox content = new VBox(12, title, date, streak, noBackups, selfCare, failure, dueTitle, due,
                sendResults(vm, actions, i18n), yours, hint, cards);
        content.setPadding(new Insets(28));
        ScrollPane scroll = new ScrollPane(content);
        scroll.setFitToWidth(true);
        Node empty = new EmptyState("mdi2w-weather-sunny", i18n.get("empty.today.title"), i18n.get("empty.today.body"))
                .withAction(i18n.get("empty.today.action"), actions.browse());
        StackPane root = new StackPane(scroll, empty);
        empty.visibleProperty().bind(Bindings.isEmpty(routines).and(Bindings.isEmpty(vm.due())));
        scroll.visibleProperty().bind(empty.visibleProperty().not());
        return root;
    }

    /** "Your results go back to NAME, PRACTICE." and the button, while a running plan came from a physiotherapist. */
    private static Node sendResults(TodayViewModel vm, Actions actions, Messages i18n) {
        Label to = new Label();
        to.setId("today-results-to");
        to.setWrapText(true);
        to.setMinHeight(Label.USE_PREF_SIZE);
        to.textProperty().bind(Bindings.createStringBinding(() -> {
            Physiotherapist p = vm.sendsToProperty().get();
            return p == null ? "" : p.practice().isEmpty() ? i18n.get("today.results.to", p.name())
                    : i18n.get("today.results.toPractice", p.name(), p.practice());
        }, vm.sendsToProperty()));
        Button send = new Button(i18n.get("results.send"), Icons.icon("mdi2s-send-outline"));
        send.setId("today-send-results");
        send.setWrapText(true);
        send.setTooltip(new Tooltip(i18n.get("results.send.tooltip")));
        send.setOnAction(e -> actions.sendResults().accept(send.getScene().getWindow()));
        VBox box = new VBox(8, to, send);
        box.setId("today-results");
        box.setMaxWidth(760);
        box.visibleProperty().bind(vm.sendsToProperty().isNotNull());
        box.managedProperty().bind(box.visibleProperty());
        return box;
    }

    private static Node row(Agenda.Item item, ObservableList<Routine> routines, Actions actions, Messages i18n) {
        Label name = new Label(item.plan().routineName());
        name.getStyleClass().add("title-4");
        name.setWrapText(true);
        Label times = new Label(String.join(" \u00b7 ", item.plan().times().stream()
                .map(t -> t.format(DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT).withLocale(i18n.locale())))
                .toList()));
        times.getStyleClass().add("text-muted");
        Label status = new Label(item.finished() ? i18n.get("today.due.finished")
                : i18n.get("today.due.progress", item.done(), item.due()));
        status.getStyleClass().add(item.finished() ? "success" : "text-muted");
        if (item.finished()) {
            status.setGraphic(Icons.icon("mdi2c-check-circle-outline"));
        }
        Region grow = new Region();
        HBox.setHgrow(grow, Priority.ALWAYS);
        Optional<Routine> routine = routines.stream().filter(r -> r.id().equals(item.plan().routineId())).findFirst();
        Button go = new Button(i18n.get("today.start"), Icons.icon("mdi2p-play"));
        go.getStyleClass().addAll(item.finished() ? "flat" : "success", "today-plan-start");
        go.setAccessibleText(i18n.get("today.start.named", item.plan().routineName()));
        go.setDisable(routine.isEmpty());
        go.setOnAction(e -> routine.ifPresent(actions.start()));
        HBox row = new HBox(16, new VBox(4, name, times, status), grow, go);
        row.setAlignment(Pos.CENTER_LEFT);
        row.getStyleClass().addAll("today-card", "today-plan");
        row.setMaxWidth(760);
        return row;
    }

    /** A routine's length in whole minutes (at least one), in words: a clock time like 9:16 reads as the hour. */
    static String minutes(long millis, Messages i18n) {
        return i18n.get("today.duration", Math.max(1, Math.round(millis / 60_000.0)));
    }

    private static Node card(Routine routine, long durationMillis, Consumer<Routine> start, Messages i18n) {
        Label name = new Label(routine.name());
        name.getStyleClass().add("title-4");
        name.setWrapText(true);
        Label time = new Label(minutes(durationMillis, i18n));
        time.getStyleClass().addAll("text-muted", "today-duration");
        time.setWrapText(true);
        Label steps = new Label(i18n.get("today.steps", routine.steps().size()));
        steps.getStyleClass().add("text-muted");
        Button go = new Button(i18n.get("today.start"), Icons.icon("mdi2p-play"));
        go.getStyleClass().addAll("success", "today-start");
        go.setAccessibleText(i18n.get("today.start.named", routine.name()));
        go.setOnAction(e -> start.accept(routine));
        VBox card = new VBox(8, name, time, steps, go);
        card.setAlignment(Pos.TOP_LEFT);
        // as wide as the text is large (in em), so a long German word keeps its line whole
        card.getStyleClass().addAll("today-card", "today-routine");
        return card;
    }
}
