package org.limber.ui.player;

import javafx.animation.AnimationTimer;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ScrollPane;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.limber.i18n.Messages;
import org.limber.ui.common.ScrollToFocus;

/**
 * The session player: big countdown, figure or breathing pacer, one key for everything. Its
 * questions are panels inside the player, drawn over the session, never separate windows.
 */
public final class PlayerView {

    private final SessionViewModel vm;
    private final Messages i18n;
    private final Runnable onClose;
    private final StackPane root = new StackPane();
    private final BorderPane content = new BorderPane();
    private final AnimationTimer frames;
    private final PlayerPanels panels;
    private ChoicePanel panel;

    public PlayerView(SessionViewModel vm, Messages i18n, Runnable onClose) {
        this.vm = vm;
        this.i18n = i18n;
        this.onClose = onClose;
        this.panels = new PlayerPanels(i18n, vm, this::open);
        root.setId("player-root");
        root.getStyleClass().add("player-root");
        content.getStyleClass().add("player-content");
        root.getChildren().add(content);
        frames = new AnimationTimer() {
            @Override
            public void handle(long now) {
                vm.tick();
            }
        };
        vm.stageProperty().addListener((obs, old, now) -> show(now));
        show(vm.stageProperty().get());
        root.addEventFilter(KeyEvent.ANY, this::key);
    }

    public Parent root() {
        return root;
    }

    private void show(PlayerStage stage) {
        switch (stage) {
            case PAIN_BEFORE -> content.setCenter(PainScreen.before(i18n, vm));
            case RUNNING -> {
                content.setCenter(RunningScreen.create(i18n, vm, panels));
                frames.start();
            }
            case PAIN_AFTER -> {
                frames.stop();
                content.setCenter(PainScreen.after(i18n, vm, onClose));
            }
            case CLOSED -> frames.stop();
        }
    }

    /** Stops the frame timer; the view is being thrown away. */
    public void dispose() {
        frames.stop();
    }

    private void open(ChoicePanel next) {
        close();
        panel = next;
        next.setOnClose(() -> {
            root.getChildren().remove(next);
            if (panel == next) {
                panel = null;
            }
        });
        root.getChildren().add(next);
    }

    private void close() {
        if (panel != null) {
            root.getChildren().remove(panel);
            panel = null;
        }
    }

    private void key(KeyEvent e) {
        if (panel != null) {
            panel.key(e);
            return;
        }
        if (e.getEventType() != KeyEvent.KEY_PRESSED) {
            return;
        }
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
            case RIGHT -> vm.nextPhase();
            case LEFT -> vm.previous();
            case S -> vm.skip();
            case ENTER -> {
                // "It hurts" reached with Tab answers Enter: a person in pain must never find it dead
                if (root.getScene().getFocusOwner() instanceof Button focused && "player-hurts".equals(focused.getId())) {
                    panels.hurts(KeyCode.ENTER);
                } else if (vm.display().untimed().get()) {
                    vm.done();
                }
            }
            case PLUS, ADD, EQUALS -> vm.extend();
            case H -> panels.hurts(KeyCode.H);
            case ESCAPE -> panels.confirmStop(KeyCode.ESCAPE);
            case I -> panels.howTo(KeyCode.I);
            case PAGE_DOWN, DOWN -> scrollWords(e.getCode() == KeyCode.DOWN ? 0.25 : 1);
            case PAGE_UP, UP -> scrollWords(e.getCode() == KeyCode.UP ? -0.25 : -1);
            default -> {
                return;
            }
        }
        e.consume();
    }

    /** Page Up/Down and the arrows read on through the words under the figure (note, how it should feel, cautions). */
    private void scrollWords(double pages) {
        if (root.lookup("#player-words") instanceof ScrollPane words) {
            ScrollToFocus.byPages(words, pages);
        }
    }
}
