package org.limber.ui.player;

import javafx.animation.PauseTransition;
import javafx.beans.binding.Bindings;
import javafx.css.PseudoClass;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.text.TextAlignment;
import javafx.util.Duration;
import org.limber.i18n.Messages;

/**
 * The 0-10 numeric rating scale: eleven large buttons (keys 0-9, "1" then "0" for 10 as the keys
 * line says; the letter for 10, T or Z, still works unsaid), and the slider outside tests know
 * ({@code #pain-before}, {@code #pain-after}), kept in step both ways.
 * The slider holds no value until the person chooses, so nothing is ever chosen for them.
 */
final class PainScale extends VBox {

    private static final PseudoClass CHOSEN = PseudoClass.getPseudoClass("chosen");

    private final PainChoice choice;
    private final Messages i18n;
    private final Slider slider;
    private final Label hint = new Label();
    private boolean syncing;

    PainScale(Messages i18n, PainChoice choice, String sliderId, String question) {
        super(8);
        this.i18n = i18n;
        this.choice = choice;
        getStyleClass().add("pain-scale");
        setAlignment(Pos.CENTER);
        HBox row = new HBox(8);
        row.setAlignment(Pos.CENTER);
        row.getStyleClass().add("pain-buttons");
        for (int i = 0; i <= PainChoice.MAX; i++) {
            row.getChildren().add(number(sliderId, i));
        }
        HBox ends = new HBox(new Label(i18n.get("player.pain.none")), grow(), new Label(i18n.get("player.pain.worst")));
        ends.getStyleClass().add("pain-ends");
        ends.getChildren().forEach(n -> n.getStyleClass().add("pain-end"));
        slider = slider(sliderId, question);
        Label value = new Label();
        value.setId(sliderId + "-value");
        value.getStyleClass().add("pain-value");
        value.setWrapText(true);
        value.setTextAlignment(TextAlignment.CENTER);
        value.textProperty().bind(Bindings.createStringBinding(() -> choice.value() == null
                ? i18n.get("player.pain.nothing") : i18n.get("player.pain.value", choice.value()), choice.chosenProperty()));
        Label keys = new Label(i18n.get("player.pain.keys"));
        keys.getStyleClass().add("pain-keys");
        keys.setWrapText(true);
        // "choose first" takes the place of "nothing chosen yet", in room kept for the longer of the
        // two, so nothing on the screen moves when it appears or goes
        hint.setId(sliderId + "-hint");
        hint.getStyleClass().add("pain-hint");
        hint.setWrapText(true);
        hint.setText(i18n.get("player.pain.chooseFirst"));
        hint.setTextAlignment(TextAlignment.CENTER);
        hint.setVisible(false);
        value.visibleProperty().bind(hint.visibleProperty().not());
        StackPane said = new StackPane(value, hint);
        said.setMinHeight(Region.USE_PREF_SIZE);
        getChildren().addAll(row, ends, slider, said, keys);
        choice.chosenProperty().addListener((obs, old, now) -> {
            hint.setVisible(false);
            if (now != null && !syncing) {
                syncing = true;
                slider.setValue(now);
                syncing = false;
            }
        });
    }

    /** Called when the screen appears: starts the settle time and marks the end of it for tests and styles. */
    void shown() {
        choice.shown();
        getStyleClass().remove("settled");
        PauseTransition settle = new PauseTransition(Duration.millis(PainChoice.SETTLE_MILLIS));
        settle.setOnFinished(e -> {
            if (choice.settling()) {
                settle.playFromStart();
            } else {
                getStyleClass().add("settled");
            }
        });
        settle.play();
    }

    /** The screen's keys: digits ("1" then "0" is 10) and the letter for 10 choose; Enter goes on once one is. */
    boolean key(KeyEvent e, Runnable confirm) {
        if (choice.settling()) {
            return true;
        }
        boolean typing = e.getTarget() instanceof TextInputControl;
        KeyCode code = e.getCode();
        if (!typing && (code.isDigitKey())) {
            choice.typed(digit(code));
            return true;
        }
        if (!typing && code.getName().equalsIgnoreCase(i18n.get("player.pain.tenKey"))) {
            choice.choose(PainChoice.MAX);
            return true;
        }
        if (code == KeyCode.ENTER) {
            confirmOrAsk(confirm);
            return true;
        }
        return false;
    }

    /** Goes on when a number is chosen; otherwise says what is missing and stays. */
    void confirmOrAsk(Runnable confirm) {
        if (choice.value() == null) {
            hint.setVisible(true);
        } else {
            confirm.run();
        }
    }

    Slider slider() {
        return slider;
    }

    private Button number(String prefix, int value) {
        Button button = new Button(Integer.toString(value));
        button.setId(prefix + "-" + value);
        button.getStyleClass().add("pain-number");
        button.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(button, Priority.ALWAYS);
        button.setAccessibleText(i18n.get("player.pain.value", value));
        button.setOnAction(e -> choice.choose(value));
        choice.chosenProperty().addListener((obs, old, now) ->
                button.pseudoClassStateChanged(CHOSEN, now != null && now == value));
        return button;
    }

    private Slider slider(String id, String question) {
        Slider s = new Slider(0, PainChoice.MAX, 0);
        s.setValue(Double.NaN);
        s.setId(id);
        s.setMajorTickUnit(1);
        s.setMinorTickCount(0);
        s.setSnapToTicks(true);
        s.setShowTickMarks(false);
        s.setBlockIncrement(1);
        s.setMaxWidth(Double.MAX_VALUE);
        s.getStyleClass().add("pain-slider");
        s.setAccessibleText(question);
        s.addEventFilter(MouseEvent.MOUSE_PRESSED, e -> {
            if (choice.settling()) {
                e.consume();
            }
        });
        s.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (Double.isNaN(s.getValue()) && e.getCode().isArrowKey()) {
                s.setValue(0);
                e.consume();
            }
        });
        s.valueProperty().addListener((obs, old, now) -> {
            if (!syncing && !Double.isNaN(now.doubleValue())) {
                syncing = true;
                choice.chooseFromSlider((int) Math.round(now.doubleValue()));
                syncing = false;
            }
        });
        return s;
    }

    private static int digit(KeyCode code) {
        String name = code.getName();
        return Character.digit(name.charAt(name.length() - 1), 10);
    }

    private static Region grow() {
        Region r = new Region();
        HBox.setHgrow(r, Priority.ALWAYS);
        return r;
    }
}
