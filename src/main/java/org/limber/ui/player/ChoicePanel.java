package org.limber.ui.player;

import java.util.List;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.limber.i18n.Messages;
import org.limber.ui.common.ScrollToFocus;

/**
 * A panel over the running session, drawn inside the player (it follows the text size and the
 * theme). Its words come first and always whole, then each choice beside what it does; they
 * scroll together in a small window, and carrying on stays in view below them. Space, Enter and
 * Esc always mean "carry on", whatever has focus; every other choice has its own letter, shown on
 * its button, or a click. A panel opened by a key ignores that key until it has been let go, so
 * auto-repeat cannot choose anything.
 */
final class ChoicePanel extends StackPane {

    /** One deliberate choice: its button says what it does, {@code detail} says what follows. */
    record Choice(String id, String title, String detail, String letter, Runnable action, String style) {
    }

    /** The choices' buttons take this share of the card's width; what each does is beside it. */
    static final double BUTTON_SHARE = 0.4;

    private final Runnable carryOn;
    private final List<Choice> choices;
    private KeyCode heldKey;
    private boolean closed;
    private Runnable onClose = () -> { };

    private ScrollPane scroll;
    private Button carry;
    private boolean readFirst;

    ChoicePanel(Messages i18n, String id, String title, List<Node> body, String carryOnText, Runnable carryOn,
            List<Choice> choices, KeyCode openedBy) {
        this.carryOn = carryOn;
        this.choices = List.copyOf(choices);
        this.heldKey = openedBy;
        setId(id);
        getStyleClass().add("player-panel-layer");
        Label heading = new Label(title);
        heading.setId(id + "-title");
        heading.getStyleClass().add("player-panel-title");
        heading.setWrapText(true);
        heading.setMinHeight(Region.USE_PREF_SIZE);
        VBox words = new VBox(10);
        for (Node node : body) {
            if (node instanceof Label label) {
                label.setWrapText(true);
                label.setMinHeight(Region.USE_PREF_SIZE);
            }
            words.getChildren().add(node);
        }
        // the words and the choices beside their explanations scroll together when the largest text
        // meets the smallest window (the words first, always whole); carrying on stays in view below
        scroll = new WordsScroll(words);
        scroll.getStyleClass().addAll("player-panel-scroll", "scrolled-controls");
        VBox.setVgrow(scroll, Priority.SOMETIMES);
        carry = button(id + "-carry-on", i18n.get("player.panel.withKeys", carryOnText,
                i18n.get("player.panel.carryOnKeys")), () -> choose(carryOn));
        carry.getStyleClass().add("accent");
        VBox card = new VBox(12, heading, scroll, carry);
        card.getStyleClass().add("player-panel");
        words.setMinHeight(Region.USE_PREF_SIZE);
        for (Choice choice : choices) {
            Button button = button(choice.id(), i18n.get("player.withKey", choice.title(), choice.letter()),
                    () -> choose(choice.action()));
            if (choice.style() != null) {
                button.getStyleClass().add(choice.style());
            }
            button.setAccessibleHelp(choice.detail());
            button.focusedProperty().addListener((obs, was, focused) -> {
                if (focused) {
                    ScrollToFocus.reveal(scroll, button);
                }
            });
            Label detail = new Label(choice.detail());
            detail.getStyleClass().add("player-panel-detail");
            detail.setWrapText(true);
            detail.setMinHeight(Region.USE_PREF_SIZE);
            detail.setMaxWidth(Double.MAX_VALUE);
            HBox.setHgrow(detail, Priority.ALWAYS);
            HBox row = new HBox(14, button, detail);
            row.setAlignment(Pos.CENTER_LEFT);
            row.setMinHeight(Region.USE_PREF_SIZE);
            // a column of buttons two-fifths of the card wide, their explanations beside them
            button.minWidthProperty().bind(words.widthProperty().multiply(BUTTON_SHARE));
            button.prefWidthProperty().bind(button.minWidthProperty());
            button.setMaxWidth(Region.USE_PREF_SIZE);
            words.getChildren().add(row);
        }
        card.setMinHeight(0);
        card.setMaxHeight(Region.USE_PREF_SIZE);
        card.prefWidthProperty().bind(Bindings.createDoubleBinding(
                () -> Math.max(320, Math.min(1100, getWidth() * 0.94)), widthProperty()));
        card.setMaxWidth(Region.USE_PREF_SIZE);
        setMinSize(0, 0);
        StackPane.setAlignment(card, Pos.CENTER);
        getChildren().add(card);
        sceneProperty().addListener((obs, old, scene) -> {
            if (scene != null) {
                Platform.runLater(() -> (readFirst ? scroll : carry).requestFocus());
            }
        });
    }

    /**
     * Advice to read before going on: no stray key closes it. The focus starts on the words, Space
     * and the arrows scroll them, and only Enter on the button (reached with Tab) or a click closes.
     */
    ChoicePanel readFirst(String closeText) {
        readFirst = true;
        carry.setText(closeText);
        scroll.setFocusTraversable(true);
        return this;
    }

    /** Runs when the panel goes, after the choice's own action. */
    void setOnClose(Runnable onClose) {
        this.onClose = onClose;
    }

    boolean isClosed() {
        return closed;
    }

    /** Every key while the panel is open comes here; all but Tab are used up. */
    void key(KeyEvent e) {
        if (e.getCode() == KeyCode.TAB) {
            return;
        }
        e.consume();
        if (e.getEventType() == KeyEvent.KEY_RELEASED) {
            if (e.getCode() == heldKey) {
                heldKey = null;
            }
            return;
        }
        if (e.getEventType() != KeyEvent.KEY_PRESSED || e.getCode() == heldKey) {
            return;
        }
        if (readFirst) {
            switch (e.getCode()) {
                case SPACE, PAGE_DOWN, DOWN -> ScrollToFocus.byPages(scroll, e.getCode() == KeyCode.DOWN ? 0.25 : 1);
                case PAGE_UP, UP -> ScrollToFocus.byPages(scroll, e.getCode() == KeyCode.UP ? -0.25 : -1);
                case ENTER -> {
                    if (carry.isFocused()) {
                        choose(carryOn);
                    }
                }
                default -> { }
            }
            return;
        }
        switch (e.getCode()) {
            case SPACE, ENTER, ESCAPE -> choose(carryOn);
            case PAGE_DOWN, DOWN -> ScrollToFocus.byPages(scroll, e.getCode() == KeyCode.DOWN ? 0.25 : 1);
            case PAGE_UP, UP -> ScrollToFocus.byPages(scroll, e.getCode() == KeyCode.UP ? -0.25 : -1);
            default -> {
                for (Choice choice : choices) {
                    if (e.getCode().getName().equalsIgnoreCase(choice.letter())) {
                        choose(choice.action());
                        return;
                    }
                }
            }
        }
    }

    private void choose(Runnable action) {
        if (closed) {
            return;
        }
        closed = true;
        onClose.run();
        action.run();
    }

    private static Button button(String id, String text, Runnable action) {
        Button button = new Button(text);
        button.setId(id);
        button.getStyleClass().add("player-panel-button");
        button.setWrapText(true);
        button.setMaxWidth(Double.MAX_VALUE);
        button.setMinHeight(Region.USE_PREF_SIZE);
        button.setAlignment(Pos.CENTER_LEFT);
        button.setOnAction(e -> action.run());
        return button;
    }
}
