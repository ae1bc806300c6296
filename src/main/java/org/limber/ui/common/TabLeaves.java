package org.limber.ui.common;

import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;

/**
 * A text area normally keeps Tab for itself, which traps a keyboard user inside it. Here Tab
 * and Shift+Tab move on, as everywhere else; notes have no use for tab characters.
 */
public final class TabLeaves {

    private TabLeaves() {
    }

    public static TextArea of(TextArea area) {
        area.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.TAB && !e.isControlDown()) {
                e.consume();
                // the text area's own binding for Ctrl+Tab moves the focus
                area.fireEvent(new KeyEvent(e.getSource(), e.getTarget(), e.getEventType(), e.getCharacter(), e.getText(),
                        e.getCode(), e.isShiftDown(), true, e.isAltDown(), e.isMetaDown()));
            }
        });
        return area;
    }
}
