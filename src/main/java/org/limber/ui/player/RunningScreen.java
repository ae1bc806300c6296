package org.limber.ui.player;

import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Pos;
import javafx.scene.AccessibleAttribute;
import javafx.scene.AccessibleRole;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.limber.i18n.Messages;
import org.limber.ui.common.figure.FigureView;

/**
 * The running session: what to do now (exercise, phase, countdown, figure or pacer), the
 * physiotherapist's note, and the controls. The countdown keeps at least a fifth of the window
 * height and the figure a quarter at every text size; the words in between scroll when the
 * largest text meets the smallest window, so the controls always stay on screen.
 */
final class RunningScreen {

    static final double COUNTDOWN_SHARE = 0.2;
    static final double FIGURE_SHARE = 0.25;

    private RunningScreen() {
    }

    static Node create(Messages i18n, SessionViewModel vm, PlayerPanels panels) {
        PlayerDisplay d = vm.display();
        Label exercise = label("player-exercise", "player-exercise", d.exerciseName());
        Label phase = label("player-phase", "player-phase", d.phaseText());
        phase.textProperty().addListener((obs, old, now) -> phase.notifyAccessibleAttributeChanged(AccessibleAttribute.TEXT));
        phase.setAccessibleRole(AccessibleRole.TEXT);
        Label round = label("player-round", "player-round", d.roundText());
        HBox phaseRow = new HBox(16, phase, round);
        phaseRow.setAlignment(Pos.BASELINE_LEFT);
        CountdownRing ring = new CountdownRing(d.phaseFraction(), 64);
        ring.setId("player-ring");
        Label position = label("player-position", "player-position", d.position());
        Label next = label("player-next", "player-next", Bindings.createStringBinding(() -> d.nextUp().get().isEmpty()
                ? i18n.get("player.next.end") : i18n.get("player.next", d.nextUp().get()), d.nextUp()));
        VBox names = new VBox(2, exercise, phaseRow);
        names.setMinWidth(0);
        HBox.setHgrow(names, Priority.ALWAYS);
        VBox side = new VBox(2, position, next);
        side.setAlignment(Pos.TOP_RIGHT);
        side.setMinWidth(0);
        side.setMaxWidth(Region.USE_PREF_SIZE);
        position.setAlignment(Pos.TOP_RIGHT);
        next.setAlignment(Pos.TOP_RIGHT);
        HBox heading = new HBox(14, ring, names, side);
        heading.setAlignment(Pos.CENTER_LEFT);
        // the side column never takes more than a third, so a long exercise name keeps whole words
        heading.widthProperty().addListener((obs, old, w) -> side.setMaxWidth(w.doubleValue() / 3));

        Label paused = new Label();
        paused.textProperty().bind(Bindings.when(d.resumeIn().isEmpty()).then(i18n.get("player.paused"))
                .otherwise(d.resumeIn()));
        paused.setId("player-paused");
        paused.getStyleClass().add("player-paused");
        paused.setWrapText(true);
        paused.visibleProperty().bind(d.paused());
        HBox middle = new HBox(16, visual(d, paused), countdown(d));
        middle.setAlignment(Pos.CENTER);
        VBox.setVgrow(middle, Priority.ALWAYS);

        // what the person must not miss without sound comes first: the no-sound line, a failed save
        // and the spoken cue's caption; then the physiotherapist's note, how it should feel, cautions
        VBox words = new VBox(6, shown(label("player-sound", "player-sound", d.soundProblem())),
                shown(label("player-error", "problem-text", Bindings.createStringBinding(() -> vm.errorProperty().get()
                        == null ? "" : vm.errorProperty().get().text(i18n), vm.errorProperty()))),
                label("player-caption", "player-caption", d.caption()),
                shown(label("player-note", "player-note", d.note())),
                shown(label("player-guidance", "player-guidance", d.guidance())),
                shown(label("player-caution", "player-caution", Bindings.createStringBinding(() -> String.join("\n",
                        d.cautions().get().stream().map(c -> "\u26a0 " + i18n.get("player.labelled",
                                i18n.get("condition." + c.condition().code()), c.advice())).toList()), d.cautions()))));
        ScrollPane scroll = new WordsScroll(words);
        scroll.setId("player-words");
        scroll.getStyleClass().add("player-words");
        VBox.setVgrow(scroll, Priority.SOMETIMES);

        ProgressBar progress = new ProgressBar();
        progress.setId("player-progress");
        progress.setAccessibleText(i18n.get("player.routineProgress"));
        progress.progressProperty().bind(d.routineFraction());
        progress.setMaxWidth(Double.MAX_VALUE);
        progress.setMinHeight(Region.USE_PREF_SIZE);
        Node controls = PlayerControls.create(i18n, vm, panels);
        VBox screen = new VBox(8, heading, progress, middle, scroll, controls);
        screen.getStyleClass().add("player-running");
        heading.setMinHeight(Region.USE_PREF_SIZE);
        return screen;
    }

    private static Node visual(PlayerDisplay d, Label paused) {
        FigureView figure = new FigureView();
        figure.setId("player-figure");
        figure.setPrefSize(520, 300);
        Runnable showFigure = () -> {
            figure.show(d.animation().get(), d.mirrored().get(), false);
            figure.showPose(d.pose().get());
        };
        d.animation().addListener((obs, old, now) -> showFigure.run());
        d.mirrored().addListener((obs, old, now) -> showFigure.run());
        d.pose().addListener((obs, old, now) -> figure.showPose(now));
        showFigure.run();
        BreathPacer pacer = new BreathPacer(d.breath());
        pacer.visibleProperty().bind(d.breathing());
        figure.visibleProperty().bind(d.breathing().not());
        StackPane.setAlignment(paused, Pos.TOP_CENTER);
        StackPane visual = new StackPane(figure, pacer, paused);
        visual.setId("player-visual");
        visual.getStyleClass().add("figure-stage");
        HBox.setHgrow(visual, Priority.ALWAYS);
        visual.sceneProperty().addListener((obs, old, scene) -> {
            if (scene != null) {
                visual.minHeightProperty().bind(scene.heightProperty().multiply(FIGURE_SHARE));
            }
        });
        return visual;
    }

    private static Node countdown(PlayerDisplay d) {
        Label countdown = Countdown.create(d.countdown());
        countdown.setMinHeight(Region.USE_PREF_SIZE);
        return countdown;
    }

    private static Label shown(Label label) {
        label.visibleProperty().bind(label.textProperty().isNotEmpty());
        label.managedProperty().bind(label.visibleProperty());
        return label;
    }

    private static Label label(String id, String style, ObservableValue<String> text) {
        Label label = new Label();
        label.setId(id);
        label.getStyleClass().add(style);
        label.textProperty().bind(text);
        label.setWrapText(true);
        label.setMinHeight(Region.USE_PREF_SIZE);
        return label;
    }
}
