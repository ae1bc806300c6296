package org.limber.ui.library;

import javafx.scene.control.Button;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;

/** Type to search, arrows to move, Enter to open: the library without a mouse. */
final class KeyboardFlow {

    private KeyboardFlow() {
    }

    static <T> void install(TextField search, ListView<T> list, Button primaryAction) {
        search.addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            if ((e.getCode() == KeyCode.DOWN || e.getCode() == KeyCode.ENTER) && !list.getItems().isEmpty()) {
                list.requestFocus();
                if (list.getSelectionModel().isEmpty()) {
                    list.getSelectionModel().selectFirst();
                }
                e.consume();
            }
        });
        list.addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ENTER && !list.getSelectionModel().isEmpty()) {
                primaryAction.requestFocus();
                e.consume();
            } else if (e.getCode() == KeyCode.UP && list.getSelectionModel().getSelectedIndex() == 0) {
                search.requestFocus();
                e.consume();
            }
        });
        list.addEventHandler(KeyEvent.KEY_TYPED, e -> {
            String typed = e.getCharacter();
            if (!typed.isEmpty() && Character.isLetterOrDigit(typed.charAt(0)) && !e.isShortcutDown()) {
                search.requestFocus();
                search.appendText(typed);
                search.positionCaret(search.getText().length());
                e.consume();
            }
        });
    }
}
