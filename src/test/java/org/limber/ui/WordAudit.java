package org.limber.ui;

import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Control;
import javafx.scene.control.Labeled;
import javafx.scene.control.ScrollBar;
import javafx.scene.control.TableView;
import javafx.geometry.Orientation;
import javafx.scene.text.Text;

/**
 * Text-fit checks SceneAudit leaves out: a wrapped label whose room is narrower than one of its
 * words (JavaFX then breaks the word in the middle), and controls reaching past the window's sides.
 */
public final class WordAudit {

    private WordAudit() {
    }

    /** Shown wrapped labels, buttons and tick boxes with a word wider than the line it must fit on. */
    public static List<String> brokenWords(Parent root) {
        List<String> problems = new ArrayList<>();
        SceneAudit.walk(root, n -> {
            if (n instanceof Labeled l && l.isWrapText() && SceneAudit.shown(l) && l.getText() != null) {
                for (Node child : l.getChildrenUnmodifiable()) {
                    if (child instanceof Text t && t.getClass().getName().endsWith("LabeledText")) {
                        String word = widestWord(t);
                        if (word != null) {
                            problems.add(describe(l) + " breaks \"" + word + "\" on a line of "
                                    + Math.round(t.getWrappingWidth()) + " px");
                        }
                    }
                }
            }
        });
        return problems;
    }

    /** A word of {@code text} wider than its wrapping width, or null. */
    static String widestWord(Text text) {
        double room = text.getWrappingWidth();
        if (room <= 0 || text.getText() == null) {
            return null;
        }
        for (String word : text.getText().split("\\s+|(?<=-)")) {
            Text probe = new Text(word);
            probe.setFont(text.getFont());
            if (probe.getLayoutBounds().getWidth() > room + 0.5) {
                return word;
            }
        }
        return null;
    }

    /** Shown controls whose right or left edge lies outside the window (a part out of sight sideways). */
    public static List<String> outsideSideways(Parent root) {
        List<String> problems = new ArrayList<>();
        double width = root.getScene().getWidth();
        SceneAudit.walk(root, n -> {
            if (n instanceof Control c && SceneAudit.shown(c)) {
                // a cell or header of a table that scrolls sideways is reached by scrolling: it counts where the table is
                Node shownBy = scrollingTable(c);
                Bounds b = shownBy.localToScene(shownBy.getLayoutBounds());
                if (b.getMinX() < -0.5 || b.getMaxX() > width + 0.5) {
                    problems.add(describe(c) + " from x " + Math.round(b.getMinX()) + " to " + Math.round(b.getMaxX())
                            + " in a window " + Math.round(width) + " wide");
                }
            }
        });
        return problems;
    }

    private static Node scrollingTable(Node n) {
        for (Node p = n.getParent(); p != null; p = p.getParent()) {
            if (p instanceof TableView<?> table && scrollsSideways(table)) {
                return table;
            }
        }
        return n;
    }

    private static boolean scrollsSideways(TableView<?> table) {
        return table.lookupAll(".scroll-bar").stream().anyMatch(bar -> bar instanceof ScrollBar s
                && s.getOrientation() == Orientation.HORIZONTAL && SceneAudit.shown(s));
    }

    /**
     * Column headers of shown tables that reach past the table's right edge while the table has
     * no horizontal scroll bar to reach them (a column that cannot be seen at all).
     */
    public static List<String> columnsPastTheTable(Parent root) {
        List<String> problems = new ArrayList<>();
        SceneAudit.walk(root, n -> {
            if (n instanceof TableView<?> table && SceneAudit.shown(table)) {
                Bounds box = table.localToScene(table.getLayoutBounds());
                boolean scrolls = scrollsSideways(table);
                for (Node header : table.lookupAll(".column-header")) {
                    Bounds b = header.localToScene(header.getLayoutBounds());
                    if (SceneAudit.shown(header) && b.getWidth() > 0 && b.getMaxX() > box.getMaxX() + 0.5 && !scrolls) {
                        problems.add(describe(table) + " column " + header.getId() + " to x " + Math.round(b.getMaxX())
                                + " past " + Math.round(box.getMaxX()));
                    }
                }
            }
        });
        return problems;
    }

    private static String describe(Node n) {
        String text = n instanceof Labeled l && l.getText() != null ? " \"" + l.getText() + "\"" : "";
        return n.getClass().getSimpleName() + (n.getId() == null ? "" : "#" + n.getId()) + text;
    }
}
