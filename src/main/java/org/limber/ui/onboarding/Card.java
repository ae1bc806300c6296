package org.limber.ui.onboarding;

import javafx.animation.PauseTransition;
import javafx.application.Platform;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.util.Duration;
import org.limber.ui.common.ScrollToFocus;

/**
 * One first-run screen: a heading, a body that scrolls (as tall as its text, shrunk only when
 * the window is smaller; Page Up/Down and the arrows read on whatever has the focus) and its
 * buttons, which stay in view.
 */
final class Card {

    /** How long Enter and Space are ignored after a card appears (as long as the pain scale's). */
    static final long SETTLE_MILLIS = 600;
    private static final String SETTLING = "limber.settling";

    private final StackPane frame;
    private final BorderPane card;
    private final ScrollPane scroll;
    private final FlowPane buttons = new FlowPane(12, 8);
    private Node firstFocus;

    Card(String title, String id, Node... body) {
        Label heading = new Label(title);
        heading.getStyleClass().add("title-2");
        heading.setWrapText(true);
        heading.setMinHeight(Region.USE_PREF_SIZE);
        VBox content = new VBox(16, body);
        content.setFillWidth(true);
        scroll = new ScrollPane(content);
        scroll.setFitToWidth(true);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        scroll.getStyleClass().add("edge-to-edge");
        scroll.setFocusTraversable(false);
        scroll.prefViewportHeightProperty().bind(content.heightProperty());
        ScrollToFocus.install(scroll);
        buttons.setAlignment(Pos.CENTER_LEFT);
        card = new BorderPane(scroll, heading, null, buttons, null);
        BorderPane.setMargin(heading, new Insets(0, 0, 12, 0));
        BorderPane.setMargin(buttons, new Insets(12, 0, 0, 0));
        card.getStyleClass().add("onboarding-card");
        if (id != null) {
            card.setId(id);
        }
        card.setMaxWidth(760);
        card.setMaxHeight(Region.USE_PREF_SIZE);
        frame = new StackPane(card);
        frame.getStyleClass().add("onboarding-frame");
        frame.sceneProperty().addListener((obs, old, scene) -> {
            if (scene != null && firstFocus != null) {
                // the scroll pane puts its content in the scene only when its skin is made: make
                // it now, or a box inside cannot take the focus and the scene's own choice wins
                Platform.runLater(() -> {
                    frame.applyCss();
                    firstFocus.requestFocus();
                });
            }
        });
        settle();
        frame.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            boolean onTick = e.getTarget() instanceof CheckBox;
            double step = switch (e.getCode()) {
                case PAGE_DOWN -> 1;
                case PAGE_UP -> -1;
                case DOWN -> onTick ? 0 : 0.25;
                case UP -> onTick ? 0 : -0.25;
                default -> 0;
            };
            if (step != 0) {
                ScrollToFocus.byPages(scroll, step);
                e.consume();
            }
        });
    }

    Node node() {
        return frame;
    }

    /** The card itself, for key filters and style classes. */
    BorderPane pane() {
        return card;
    }

    /** The main button: the default, focused when the card is shown unless another node is chosen. */
    Card main(String text, String id, Runnable command) {
        Button button = button(text, id, command);
        button.getStyleClass().add("accent");
        button.setDefaultButton(true);
        if (firstFocus == null) {
            firstFocus = button;
        }
        buttons.getChildren().add(button);
        return this;
    }

    /** The main button as built by {@link #main}, for its text or default state. */
    Button mainButton() {
        return (Button) buttons.getChildren().get(buttons.getChildren().size() - 1);
    }

    /** Where the focus goes when the card is shown. */
    void focusFirst(Node node) {
        firstFocus = node;
    }

    /**
     * Enter and Space are ignored for a moment after the card appears, so a key still held or
     * repeated from the screen before cannot answer this one unread.
     */
    private void settle() {
        PauseTransition wait = new PauseTransition(Duration.millis(SETTLE_MILLIS));
        frame.getProperties().put(SETTLING, Boolean.TRUE);
        wait.setOnFinished(e -> {
            frame.getProperties().remove(SETTLING);
            frame.getStyleClass().add("settled");
        });
        frame.sceneProperty().addListener((obs, old, scene) -> {
            if (scene != null) {
                wait.playFromStart();
            }
        });
        frame.addEventFilter(KeyEvent.ANY, e -> {
            boolean confirmKey = e.getCode() == KeyCode.ENTER || e.getCode() == KeyCode.SPACE
                    || " ".equals(e.getCharacter()) || "\r".equals(e.getCharacter());
            if (confirmKey && frame.getProperties().containsKey(SETTLING)) {
                e.consume();
            }
        });
    }

    /** A quiet button: never the default, never focused first. */
    Button secondary(String text, String id, Runnable command) {
        Button button = button(text, id, command);
        button.getStyleClass().add("flat");
        buttons.getChildren().add(0, button);
        return button;
    }

    /** Puts the focus on the text itself, so a stray Enter presses nothing. */
    void focusText() {
        scroll.setFocusTraversable(true);
        firstFocus = scroll;
    }

    static Label text(String value) {
        Label label = new Label(value);
        label.setWrapText(true);
        label.setMinHeight(Region.USE_PREF_SIZE);
        return label;
    }

    static Label emphasis(String value) {
        Label label = text(value);
        label.getStyleClass().add("onboarding-emphasis");
        return label;
    }

    private static Button button(String text, String id, Runnable command) {
        Button button = new Button(text);
        button.setId(id);
        button.getStyleClass().add("player-big-button");
        button.setWrapText(true);
        button.setOnAction(e -> command.run());
        return button;
    }
}
