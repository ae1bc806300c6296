package org.limber.ui.common;

import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;

/** A calm placeholder for a page or list with nothing to show yet. */
public final class EmptyState extends VBox {

    public EmptyState(String icon, String title, String body) {
        getStyleClass().add("empty-state");
        setAlignment(Pos.CENTER);
        setSpacing(12);
        // its words keep their wrapped height, but the placeholder itself never makes the page
        // (and with it the window) taller: it sits in stacks beside the page's own scroll pane
        setMinHeight(0);
        FontIcon glyph = new FontIcon(icon);
        glyph.getStyleClass().add("empty-state-icon");
        Label heading = new Label(title);
        heading.getStyleClass().addAll("title-3", "empty-state-title");
        heading.setWrapText(true);
        heading.setMaxWidth(460);
        heading.setMinHeight(Region.USE_PREF_SIZE);
        Label text = new Label(body);
        text.getStyleClass().add("empty-state-body");
        text.setWrapText(true);
        text.setMaxWidth(460);
        text.setMinHeight(Region.USE_PREF_SIZE);
        getChildren().addAll(glyph, heading, text);
    }

    public EmptyState withAction(String text, Runnable action) {
        Button button = new Button(text);
        button.getStyleClass().add("accent");
        button.setOnAction(e -> action.run());
        getChildren().add(button);
        return this;
    }
}
