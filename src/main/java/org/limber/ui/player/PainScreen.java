package org.limber.ui.player;

import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.limber.i18n.Messages;
import org.limber.routine.Durations;
import org.limber.session.SessionRecorder;
import org.limber.ui.common.Failure;

/** "How strong is your pain?" before and after: one slider, big buttons, arrows to choose. */
final class PainScreen {

    private PainScreen() {
    }

    static VBox before(Messages i18n, SessionViewModel vm) {
        Slider slider = slider("pain-before");
        Button ok = new Button(i18n.get("player.pain.ok"));
        ok.setId("pain-before-ok");
        ok.getStyleClass().addAll("accent", "player-big-button");
        ok.setDefaultButton(true);
        ok.setOnAction(e -> vm.begin((int) Math.round(slider.getValue())));
        Button skip = new Button(i18n.get("player.pain.skip"));
        skip.setId("pain-skip");
        skip.getStyleClass().add("player-big-button");
        skip.setOnAction(e -> vm.begin(null));
        return screen(i18n, i18n.get("player.painBefore.title"), i18n.get("player.painBefore.question"), slider,
                new HBox(16, skip, ok));
    }

    static VBox after(Messages i18n, SessionViewModel vm, Runnable onSaved) {
        Slider slider = slider("pain-after");
        // starts at the pain given before, so that Enter alone records "no change", not "no pain"
        if (vm.painBefore() != null) {
            slider.setValue(vm.painBefore());
        }
        Button save = new Button(i18n.get("player.save"));
        save.setId("session-save");
        save.getStyleClass().addAll("accent", "player-big-button");
        save.setDefaultButton(true);
        TextField notes = new TextField();
        notes.setId("session-notes");
        notes.setPromptText(i18n.get("player.notes.prompt"));
        notes.setAccessibleText(i18n.get("player.notes.prompt"));
        notes.setMaxWidth(640);
        save.setOnAction(e -> vm.save((int) Math.round(slider.getValue()), notes.getText(), onSaved));
        String title = vm.status() == SessionRecorder.Status.STOPPED
                ? i18n.get("player.painAfter.stopped") : i18n.get("player.painAfter.title");
        Button skip = new Button(i18n.get("player.pain.skipAfter"));
        skip.setId("pain-after-skip");
        skip.getStyleClass().add("player-big-button");
        skip.setOnAction(e -> vm.save(null, "", onSaved));
        Label failed = new Label();
        failed.setId("session-save-error");
        failed.getStyleClass().add("problem-text");
        failed.setWrapText(true);
        Failure.show(failed, vm.errorProperty(), i18n);
        VBox screen = screen(i18n, title, i18n.get("player.painAfter.question"), slider, new HBox(16, skip, save));
        screen.getChildren().add(failed);
        Label done = new Label(i18n.get("player.doneTime", Durations.clock(vm.doneMillis())));
        done.setId("player-done-time");
        done.getStyleClass().add("player-question");
        screen.getChildren().add(1, done);
        screen.getChildren().add(screen.getChildren().size() - 1, notes);
        return screen;
    }

    private static Slider slider(String id) {
        Slider slider = new Slider(0, 10, 0);
        slider.setId(id);
        slider.setMajorTickUnit(1);
        slider.setMinorTickCount(0);
        slider.setSnapToTicks(true);
        slider.setShowTickLabels(true);
        slider.setShowTickMarks(true);
        slider.setBlockIncrement(1);
        slider.setMaxWidth(640);
        slider.getStyleClass().add("pain-slider");
        return slider;
    }

    private static VBox screen(Messages i18n, String title, String question, Slider slider, HBox buttons) {
        Label heading = new Label(title);
        heading.getStyleClass().add("player-title");
        Label ask = new Label(question);
        ask.getStyleClass().add("player-question");
        ask.setWrapText(true);
        Label scale = new Label(i18n.get("player.pain.scale"));
        scale.getStyleClass().add("text-muted");
        Label value = new Label();
        value.getStyleClass().add("pain-value");
        value.textProperty().bind(Bindings.createStringBinding(
                () -> i18n.get("player.pain.value", Math.round(slider.getValue())), slider.valueProperty()));
        ask.setLabelFor(slider);
        slider.setAccessibleText(question);
        buttons.setAlignment(Pos.CENTER);
        VBox box = new VBox(24, heading, ask, scale, slider, value, buttons);
        box.setAlignment(Pos.CENTER);
        box.getStyleClass().add("pain-screen");
        slider.sceneProperty().addListener((obs, old, scene) -> {
            if (scene != null) {
                Platform.runLater(slider::requestFocus);
            }
        });
        return box;
    }
}
