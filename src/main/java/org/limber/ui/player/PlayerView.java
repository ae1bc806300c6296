package org.limber.ui.player;

import javafx.animation.AnimationTimer;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Pos;
import javafx.scene.AccessibleAttribute;
import javafx.scene.AccessibleRole;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.limber.i18n.Messages;
import org.limber.ui.common.Failure;
import org.limber.ui.common.Icons;
import org.limber.ui.common.figure.FigureView;

/** The session player: big countdown, figure or breathing pacer, one key for everything. */
public final class PlayerView {

    private final SessionViewModel vm;
    private final Messages i18n;
    private final Runnable onClose;
    private final BorderPane root = new BorderPane();
    private final AnimationTimer frames;

    public PlayerView(SessionViewModel vm, Messages i18n, Runnable onClose) {
        this.vm = vm;
        this.i18n = i18n;
        this.onClose = onClose;
        root.setId("player-root");
        root.getStyleClass().add("player-root");
        frames = new AnimationTimer() {
            @Override
            public void handle(long now) {
                vm.tick();
            }
        };
        vm.stageProperty().addListener((obs, old, now) -> show(now));
        show(vm.stageProperty().get());
        root.addEventFilter(KeyEvent.KEY_PRESSED, this::key);
    }

    public Parent root() {
        return root;
    }

    private void show(PlayerStage stage) {
        switch (stage) {
            case PAIN_BEFORE -> root.setCenter(PainScreen.before(i18n, vm));
            case RUNNING -> {
                root.setCenter(running());
                frames.start();
            }
            case PAIN_AFTER -> {
                frames.stop();
                root.setCenter(PainScreen.after(i18n, vm, onClose));
            }
            case CLOSED -> frames.stop();
        }
    }

    /** Stops the frame timer; the view is being thrown away. */
    public void dispose() {
        frames.stop();
    }

    private Node running() {
        Label exercise = label("player-exercise", "player-exercise", vm.exerciseNameProperty());
        exercise.setMinHeight(Region.USE_PREF_SIZE);
        Label phase = label("player-phase", "player-phase", vm.phaseTextProperty());
        phase.textProperty().addListener((obs, old, now) ->
                phase.notifyAccessibleAttributeChanged(AccessibleAttribute.TEXT));
        phase.setAccessibleRole(AccessibleRole.TEXT);
        Label round = label("player-round", "player-round", vm.roundTextProperty());
        CountdownRing ring = new CountdownRing(vm.phaseFractionProperty(), 84);
        ring.setId("player-ring");
        HBox phaseRow = new HBox(16, phase, round);
        phaseRow.setAlignment(Pos.BASELINE_LEFT);
        HBox heading = new HBox(18, ring, new VBox(4, exercise, phaseRow));
        heading.setAlignment(Pos.CENTER_LEFT);

        FigureView figure = new FigureView();
        figure.setId("player-figure");
        figure.setPrefSize(520, 340);
        Runnable showFigure = () -> figure.show(vm.animationProperty().get(), vm.mirroredProperty().get(), true);
        vm.animationProperty().addListener((obs, old, now) -> showFigure.run());
        vm.mirroredProperty().addListener((obs, old, now) -> showFigure.run());
        showFigure.run();
        BreathPacer pacer = new BreathPacer(vm.breathProperty());
        pacer.visibleProperty().bind(vm.breathingProperty());
        figure.visibleProperty().bind(vm.breathingProperty().not());
        StackPane visual = new StackPane(figure, pacer);
        visual.getStyleClass().add("figure-stage");
        HBox.setHgrow(visual, Priority.ALWAYS);

        HBox middle = new HBox(24);
        middle.setMinHeight(0);
        Label countdown = Countdown.create(vm.countdownProperty(), middle.heightProperty());
        countdown.setMinHeight(0);
        middle.getChildren().setAll(visual, countdown);
        middle.setAlignment(Pos.CENTER);
        VBox.setVgrow(middle, Priority.ALWAYS);

        Label caption = label("player-caption", "player-caption", vm.captionProperty());
        Label paused = new Label(i18n.get("player.paused"));
        paused.getStyleClass().add("player-paused");
        paused.visibleProperty().bind(vm.pausedProperty());
        Label next = new Label();
        next.setId("player-next");
        next.getStyleClass().add("player-next");
        next.textProperty().bind(Bindings.createStringBinding(() -> vm.nextUpProperty().get().isEmpty()
                ? i18n.get("player.next.end") : i18n.get("player.next", vm.nextUpProperty().get()), vm.nextUpProperty()));
        ProgressBar progress = new ProgressBar();
        progress.setId("player-progress");
        progress.setAccessibleText(i18n.get("player.routineProgress"));
        progress.progressProperty().bind(vm.routineFractionProperty());
        progress.setMaxWidth(Double.MAX_VALUE);
        Label instructions = new Label();
        instructions.setId("player-instructions-text");
        instructions.setWrapText(true);
        instructions.getStyleClass().add("player-instructions");
        instructions.textProperty().bind(Bindings.createStringBinding(
                () -> String.join("\n", vm.instructionsProperty().get()), vm.instructionsProperty()));
        instructions.setVisible(false);
        instructions.managedProperty().bind(instructions.visibleProperty());

        Label caution = new Label();
        caution.setId("player-caution");
        caution.getStyleClass().add("player-caution");
        caution.setWrapText(true);
        caution.textProperty().bind(Bindings.createStringBinding(() -> String.join("\n",
                vm.cautionsProperty().get().stream().map(c -> "\u26a0 " + i18n.get("condition." + c.condition().code())
                        + ": " + c.advice()).toList()), vm.cautionsProperty()));
        caution.visibleProperty().bind(caution.textProperty().isNotEmpty());
        caution.managedProperty().bind(caution.visibleProperty());
        Label error = new Label();
        error.setId("player-error");
        error.getStyleClass().add("problem-text");
        error.setWrapText(true);
        Failure.show(error, vm.errorProperty(), i18n);
        VBox center = new VBox(16, heading, caution, middle, caption, paused, error, instructions, next, progress,
                controls(instructions));
        center.getStyleClass().add("player-running");
        return center;
    }

    private FlowPane controls(Label instructions) {
        Button previous = big("player-previous", "mdi2s-skip-previous", "player.previous", vm::previous);
        Button pause = big("player-pause", "mdi2p-pause", "player.pause", vm::togglePause);
        vm.pausedProperty().addListener((obs, old, now) -> {
            pause.setGraphic(Icons.icon(now ? "mdi2p-play" : "mdi2p-pause"));
            pause.setText(i18n.get(now ? "player.resume" : "player.pause"));
        });
        Button skip = big("player-skip", "mdi2s-skip-next", "player.skip", vm::skip);
        Button done = big("player-done", "mdi2c-check", "player.done", vm::done);
        done.visibleProperty().bind(vm.untimedProperty());
        done.managedProperty().bind(done.visibleProperty());
        Button extend = big("player-extend", "mdi2t-timer-plus-outline", "player.extend", vm::extend);
        Button info = big("player-instructions", "mdi2i-information-outline", "player.instructions",
                () -> instructions.setVisible(!instructions.isVisible()));
        Button hurts = big("player-hurts", "mdi2h-hand-back-left-outline", "player.hurts",
                () -> PlayerDialogs.hurts(root.getScene().getWindow(), i18n, vm));
        hurts.getStyleClass().add("danger");
        Button stop = big("player-stop", "mdi2s-stop", "player.stop",
                () -> PlayerDialogs.confirmStop(root.getScene().getWindow(), i18n, vm));
        // wraps onto two lines at large text sizes instead of pushing the countdown off screen
        FlowPane bar = new FlowPane(10, 10, previous, pause, done, skip, extend,
                info, hurts, stop);
        bar.setAlignment(Pos.CENTER);
        bar.getStyleClass().add("player-controls");
        return bar;
    }

    private Button big(String id, String icon, String key, Runnable action) {
        Button button = new Button(i18n.get(key), Icons.icon(icon));
        button.setId(id);
        button.getStyleClass().add("player-big-button");
        button.setTooltip(new Tooltip(i18n.get("player.withKey", i18n.get(key), i18n.get(key + ".key"))));
        button.setMinWidth(Region.USE_PREF_SIZE);
        button.setOnAction(e -> action.run());
        return button;
    }

    private void key(KeyEvent e) {
        if (e.getCode() == KeyCode.F11) {
            Stage stage = (Stage) root.getScene().getWindow();
            stage.setFullScreen(!stage.isFullScreen());
            e.consume();
            return;
        }
        if (vm.stageProperty().get() != PlayerStage.RUNNING) {
            return;
        }
        switch (e.getCode()) {
            case SPACE -> vm.togglePause();
            case RIGHT -> vm.skip();
            case LEFT -> vm.previous();
            case ENTER -> {
                if (vm.untimedProperty().get()) {
                    vm.done();
                }
            }
            case PLUS, ADD, EQUALS -> vm.extend();
            case H -> PlayerDialogs.hurts(root.getScene().getWindow(), i18n, vm);
            case ESCAPE -> PlayerDialogs.confirmStop(root.getScene().getWindow(), i18n, vm);
            case I -> root.lookupAll("#player-instructions-text").forEach(n -> n.setVisible(!n.isVisible()));
            default -> {
                return;
            }
        }
        e.consume();
    }

    private static Label label(String id, String style, ObservableValue<String> text) {
        Label label = new Label();
        label.setId(id);
        label.getStyleClass().add(style);
        label.textProperty().bind(text);
        label.setWrapText(true);
        return label;
    }
}
