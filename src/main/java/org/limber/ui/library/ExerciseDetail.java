package org.limber.ui.library;

import java.util.List;
import java.util.stream.Collectors;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.limber.i18n.Messages;
import org.limber.library.Caution;
import org.limber.library.DosageWords;
import org.limber.library.Exercise;
import org.limber.ui.common.EmptyState;
import org.limber.ui.common.Icons;
import org.limber.ui.common.figure.FigureView;

/** The right-hand pane: the moving figure and everything needed to do the exercise safely. */
final class ExerciseDetail {

    private final Messages i18n;
    private final DosageWords words;
    private final FigureView figure = new FigureView();
    private final VBox body = new VBox(14);
    private final StackPane root = new StackPane();
    private final Button add = new Button();
    private final Node empty;

    ExerciseDetail(Messages i18n, Runnable onAdd) {
        this.i18n = i18n;
        this.words = new DosageWords(i18n);
        figure.setId("exercise-animation");
        figure.setPrefSize(460, 260);
        figure.setMinHeight(200);
        add.setId("exercise-add");
        add.setText(i18n.get("library.detail.add"));
        add.setGraphic(Icons.icon("mdi2p-playlist-plus"));
        add.getStyleClass().add("accent");
        add.setTooltip(new Tooltip(i18n.get("library.detail.add.tooltip")));
        add.setOnAction(e -> onAdd.run());
        body.getStyleClass().addAll("page", "exercise-detail-body");
        ScrollPane scroll = new ScrollPane(body);
        scroll.setFitToWidth(true);
        empty = new EmptyState("mdi2h-human-handsup", i18n.get("library.detail.empty.title"),
                i18n.get("library.detail.empty.body"));
        root.setId("exercise-detail");
        root.getChildren().setAll(empty);
        this.scroll = scroll;
    }

    private final ScrollPane scroll;

    Node root() {
        return root;
    }

    Button addButton() {
        return add;
    }

    void show(Exercise exercise) {
        if (exercise == null) {
            figure.clear();
            root.getChildren().setAll(empty);
            return;
        }
        Label title = new Label(exercise.name());
        title.getStyleClass().add("title-2");
        title.setWrapText(true);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox heading = new HBox(12, title, spacer, add);
        heading.setAlignment(Pos.CENTER_LEFT);

        body.getChildren().setAll(heading);
        if (!exercise.otherNames().isEmpty()) {
            body.getChildren().add(muted(i18n.get("library.detail.otherNames", String.join(", ", exercise.otherNames()))));
        }
        body.getChildren().add(muted(i18n.get("kind." + exercise.kind().code()) + " \u00b7 "
                + i18n.get("position." + exercise.position().code()) + " \u00b7 "
                + i18n.get("library.detail.equipment", exercise.equipment().stream()
                        .map(e -> i18n.get("equipment." + e.code())).collect(Collectors.joining(", ")))));
        StackPane stage = new StackPane(figure);
        stage.getStyleClass().add("figure-stage");
        body.getChildren().add(stage);
        figure.show(exercise.animation(), false, true);

        section(i18n.get("library.detail.dosage"), text(words.describe(exercise.dosage(), exercise.breathing())));
        section(i18n.get("library.detail.instructions"), numbered(exercise.instructions()));
        section(i18n.get("library.detail.feel"), text(exercise.feel()));
        section(i18n.get("library.detail.stopIf"), text(exercise.stopIf()));
        VBox cautions = new VBox(8);
        for (Caution caution : exercise.cautions()) {
            Label condition = new Label(i18n.get("condition." + caution.condition().code()));
            condition.getStyleClass().add("caution-condition");
            condition.setGraphic(Icons.icon("mdi2a-alert-outline"));
            cautions.getChildren().addAll(condition, text(caution.advice()));
        }
        cautions.getStyleClass().add("caution-box");
        section(i18n.get("library.detail.cautions"), cautions);
        body.getChildren().add(muted(i18n.get("library.detail.areas", exercise.bodyAreas().stream()
                .map(a -> i18n.get("bodyArea." + a.code())).collect(Collectors.joining(", ")))));
        root.getChildren().setAll(scroll);
        scroll.setVvalue(0);
    }

    private void section(String heading, Node content) {
        Label label = new Label(heading);
        label.getStyleClass().add("title-4");
        body.getChildren().addAll(label, content);
    }

    private static Label text(String value) {
        Label label = new Label(value);
        label.setWrapText(true);
        label.getStyleClass().add("detail-text");
        return label;
    }

    private static Label muted(String value) {
        Label label = text(value);
        label.getStyleClass().add("text-muted");
        return label;
    }

    private static Node numbered(List<String> steps) {
        VBox box = new VBox(6);
        for (int i = 0; i < steps.size(); i++) {
            Label number = new Label(String.valueOf(i + 1));
            number.getStyleClass().add("step-number");
            number.setMinWidth(Region.USE_PREF_SIZE);
            Label step = text(steps.get(i));
            HBox.setHgrow(step, Priority.ALWAYS);
            HBox row = new HBox(10, number, step);
            row.setAlignment(Pos.TOP_LEFT);
            box.getChildren().add(row);
        }
        return box;
    }
}
