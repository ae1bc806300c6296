package org.limber.ui.player;

import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.text.TextAlignment;
import org.limber.i18n.Messages;
import org.limber.routine.Durations;
import org.limber.ui.common.Failure;
import org.limber.session.SessionRecorder;

/** "How strong is your pain?" before and after: the 0-10 scale, a clear skip, and the way on. */
final class PainScreen {

    /** The window height from which the end screen has room for a line on looking after your back. */
    private static final double SELF_CARE_MIN_HEIGHT = 720;

    private PainScreen() {
    }

    static Node before(Messages i18n, SessionViewModel vm) {
        PainChoice choice = new PainChoice(vm.time());
        String question = i18n.get("player.painBefore.question");
        PainScale scale = new PainScale(i18n, choice, "pain-before", question);
        Runnable start = () -> vm.begin(choice.value());
        Button ok = button("pain-before-ok", i18n.get("player.pain.ok"), () -> scale.confirmOrAsk(start));
        ok.getStyleClass().add("accent");
        Button skip = button("pain-skip", i18n.get("player.pain.skip"), () -> vm.begin(null));
        VBox box = screen(i18n.get("player.painBefore.title"), question, scale);
        return wrap(box, scale, start, row(skip, ok));
    }

    static Node after(Messages i18n, SessionViewModel vm, Runnable onSaved) {
        PainChoice choice = new PainChoice(vm.time());
        String question = i18n.get("player.painAfter.question");
        PainScale scale = new PainScale(i18n, choice, "pain-after", question);
        TextField notes = new TextField();
        notes.setId("session-notes");
        notes.setPromptText(i18n.get("player.notes.prompt"));
        // the whole hint above the field, wrapping; inside it only a short one that always fits
        Label notesLabel = new Label(i18n.get("player.notes.label"));
        notesLabel.setId("session-notes-label");
        notesLabel.setWrapText(true);
        notesLabel.setLabelFor(notes);
        notesLabel.setMaxWidth(Double.MAX_VALUE);
        notesLabel.setAlignment(Pos.CENTER);
        notesLabel.setTextAlignment(TextAlignment.CENTER);
        notesLabel.setMinHeight(Region.USE_PREF_SIZE);
        Runnable save = () -> vm.save(choice.value(), notes.getText(), onSaved);
        Button ok = button("session-save", i18n.get("player.save"), () -> scale.confirmOrAsk(save));
        ok.getStyleClass().add("accent");
        Button skip = button("pain-after-skip", i18n.get("player.pain.skipAfter"), () -> vm.save(null, notes.getText(), onSaved));
        String title = vm.status() == SessionRecorder.Status.STOPPED
                ? i18n.get("player.painAfter.stopped") : i18n.get("player.painAfter.title");
        VBox box = screen(title, question, scale);
        Label done = new Label(i18n.get("player.doneTime", Durations.clock(vm.doneMillis())));
        done.setId("player-done-time");
        done.getStyleClass().add("pain-done-time");
        done.setWrapText(true);
        box.getChildren().add(1, done);
        Label care = new Label(i18n.get(vm.selfCareKey()));
        care.setId("player-selfcare");
        care.getStyleClass().add("insight-banner");
        care.setWrapText(true);
        care.setMinHeight(Label.USE_PREF_SIZE);
        // a short window keeps its room for the scale and the buttons (Today shows the line too)
        care.sceneProperty().addListener((obs, old, scene) -> {
            if (scene != null) {
                care.visibleProperty().bind(scene.heightProperty().greaterThanOrEqualTo(SELF_CARE_MIN_HEIGHT));
            }
        });
        care.managedProperty().bind(care.visibleProperty());
        box.getChildren().add(2, care);
        Label failed = new Label();
        failed.setId("session-save-error");
        failed.getStyleClass().add("problem-text");
        failed.setWrapText(true);
        Failure.show(failed, vm.errorProperty(), i18n);
        notes.setPrefColumnCount(22);
        notes.setMaxWidth(Region.USE_PREF_SIZE);
        box.getChildren().addAll(notesLabel, notes, failed);
        return wrap(box, scale, save, row(skip, ok));
    }

    private static VBox screen(String title, String question, PainScale scale) {
        Label heading = new Label(title);
        heading.getStyleClass().add("player-title");
        heading.setWrapText(true);
        Label ask = new Label(question);
        ask.getStyleClass().add("player-question");
        ask.setWrapText(true);
        ask.setLabelFor(scale.slider());
        VBox box = new VBox(10, heading, ask, scale);
        box.setAlignment(Pos.TOP_CENTER);
        box.getStyleClass().add("pain-screen");
        box.setMaxWidth(1100);
        box.getChildren().forEach(n -> {
            if (n instanceof Region r) {
                r.setMinHeight(Region.USE_PREF_SIZE);
            }
        });
        return box;
    }

    /**
     * Scrolls when the largest text meets the smallest window, with the buttons fixed below, always
     * on screen; keys reach the scale from anywhere on it.
     */
    private static Node wrap(VBox box, PainScale scale, Runnable confirm, Node buttons) {
        VBox centre = new VBox(box);
        centre.setAlignment(Pos.CENTER);
        centre.setFillWidth(true);
        ScrollPane scroll = new ScrollPane(centre);
        scroll.setFitToWidth(true);
        scroll.setFitToHeight(true);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        scroll.getStyleClass().add("pain-scroll");
        BorderPane screen = new BorderPane(scroll);
        screen.setBottom(buttons);
        BorderPane.setMargin(buttons, new Insets(8, 8, 12, 8));
        screen.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (scale.key(e, confirm)) {
                e.consume();
            }
        });
        screen.sceneProperty().addListener((obs, old, scene) -> {
            if (scene != null) {
                scale.shown();
                // nothing that a stray Space or arrow could set off has the focus at first
                box.setFocusTraversable(true);
                Platform.runLater(box::requestFocus);
            }
        });
        return screen;
    }

    private static FlowPane row(Node... controls) {
        FlowPane row = new FlowPane(16, 10, controls);
        row.setAlignment(Pos.CENTER);
        return row;
    }

    private static Button button(String id, String text, Runnable action) {
        Button button = new Button(text);
        button.setId(id);
        button.getStyleClass().add("player-big-button");
        button.setWrapText(true);
        button.setOnAction(e -> action.run());
        return button;
    }
}
