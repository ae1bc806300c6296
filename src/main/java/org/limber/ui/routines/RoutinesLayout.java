package org.limber.ui.routines;

import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableBooleanValue;
import javafx.scene.Node;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.limber.ui.common.ScrollToFocus;

/**
 * The routine builder's three panes side by side where the page is wide enough for all of them,
 * and one under the other in a page that scrolls down (never sideways) where it is not: a
 * small window at a large text size.
 */
final class RoutinesLayout {

    private static final String NARROW = "routines-narrow";

    private final Region list;
    private final Region center;
    private final Region right;
    private final StackPane root = new StackPane();
    private final StackPane editing = new StackPane();
    private final SplitPane split = new SplitPane();
    private final VBox stacked = new VBox(8);
    private final BorderPane wide = new BorderPane();
    private final ScrollPane narrow = new ScrollPane();

    RoutinesLayout(Region list, Region center, Region right, Node empty, ObservableBooleanValue hasRoutine) {
        this.list = list;
        this.center = center;
        this.right = right;
        editing.getChildren().add(empty);
        empty.visibleProperty().bind(Bindings.not(hasRoutine));
        for (Region pane : new Region[] {split, stacked}) {
            pane.visibleProperty().bind(hasRoutine);
            pane.managedProperty().bind(pane.visibleProperty());
        }
        narrow.setFitToWidth(true);
        narrow.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        narrow.setFocusTraversable(false);
        ScrollToFocus.install(narrow);
        // the page takes the width it is given, so that it can tell when the panes do not fit it
        root.setMinWidth(0);
        root.widthProperty().addListener((obs, old, now) -> arrange());
        root.needsLayoutProperty().addListener((obs, old, now) -> {
            if (!now) {
                arrange();
            }
        });
        showWide();
    }

    Region root() {
        return root;
    }

    private void arrange() {
        double needed = list.minWidth(-1) + center.minWidth(-1) + right.minWidth(-1) + 16;
        boolean fitsSideBySide = root.getWidth() <= 0 || root.getWidth() >= needed;
        if (fitsSideBySide && !root.getChildren().contains(wide)) {
            showWide();
        } else if (!fitsSideBySide && !root.getChildren().contains(narrow)) {
            showNarrow();
        }
    }

    private void showWide() {
        narrow.setContent(null);
        stacked.getChildren().clear();
        editing.getChildren().remove(stacked);
        split.getItems().setAll(center, right);
        split.setDividerPositions(0.58);
        editing.getChildren().add(split);
        wide.setLeft(list);
        wide.setCenter(editing);
        root.getStyleClass().remove(NARROW);
        root.getChildren().setAll(wide);
    }

    private void showNarrow() {
        wide.setLeft(null);
        wide.setCenter(null);
        split.getItems().clear();
        editing.getChildren().remove(split);
        stacked.getChildren().setAll(center, right);
        editing.getChildren().add(stacked);
        narrow.setContent(new VBox(8, list, editing));
        root.getStyleClass().add(NARROW);
        root.getChildren().setAll(narrow);
    }
}
