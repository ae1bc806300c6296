package org.limber.ui.today;

import java.util.function.Consumer;
import java.util.function.Function;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.limber.i18n.Messages;
import org.limber.routine.Routine;
import org.limber.ui.common.EmptyState;
import org.limber.ui.common.Icons;

/** Today: the user's routines as big cards, each one click (or Tab and Enter) from starting. */
public final class TodayPage {

    private TodayPage() {
    }

    public static Node create(ObservableList<Routine> routines, Function<Routine, String> duration,
            Consumer<Routine> start, Runnable browse, Messages i18n, String dateText) {
        Label title = new Label(i18n.get("today.title"));
        title.getStyleClass().add("title-1");
        Label date = new Label(dateText);
        date.getStyleClass().add("text-muted");
        Label hint = new Label(i18n.get("today.hint"));
        hint.setWrapText(true);
        FlowPane cards = new FlowPane(16, 16);
        cards.setId("today-routines");
        Runnable fill = () -> {
            cards.getChildren().clear();
            for (Routine routine : routines) {
                cards.getChildren().add(card(routine, duration.apply(routine), start, i18n));
            }
        };
        routines.addListener((ListChangeListener<Routine>) c -> fill.run());
        fill.run();
        VBox content = new VBox(12, title, date, hint, cards);
        content.setPadding(new Insets(28));
        ScrollPane scroll = new ScrollPane(content);
        scroll.setFitToWidth(true);
        Node empty = new EmptyState("mdi2w-weather-sunny", i18n.get("empty.today.title"), i18n.get("empty.today.body"))
                .withAction(i18n.get("empty.today.action"), browse);
        StackPane root = new StackPane(scroll, empty);
        empty.visibleProperty().bind(javafx.beans.binding.Bindings.isEmpty(routines));
        scroll.visibleProperty().bind(empty.visibleProperty().not());
        return root;
    }

    private static Node card(Routine routine, String duration, Consumer<Routine> start, Messages i18n) {
        Label name = new Label(routine.name());
        name.getStyleClass().add("title-4");
        name.setWrapText(true);
        Label time = new Label(i18n.get("today.duration", duration));
        time.getStyleClass().add("text-muted");
        Label steps = new Label(i18n.get("today.steps", routine.steps().size()));
        steps.getStyleClass().add("text-muted");
        Button go = new Button(i18n.get("today.start"), Icons.icon("mdi2p-play"));
        go.getStyleClass().addAll("success", "today-start");
        go.setAccessibleText(i18n.get("today.start.named", routine.name()));
        go.setOnAction(e -> start.accept(routine));
        VBox card = new VBox(8, name, time, steps, go);
        card.setAlignment(Pos.TOP_LEFT);
        card.getStyleClass().add("today-card");
        card.setPrefWidth(260);
        return card;
    }
}
