package org.limber.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.ComboBoxBase;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.skin.TableColumnHeader;
import javafx.scene.layout.Background;
import javafx.scene.layout.BackgroundFill;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.paint.Paint;
import javafx.scene.text.Text;

/**
 * Walks a scene graph the way a keyboard or screen-reader user meets it: every focusable
 * control needs a name, and every piece of text needs enough contrast with what is behind it.
 */
public final class SceneAudit {

    public static final double TEXT_CONTRAST = 4.5;

    private SceneAudit() {
    }

    /** Focusable, enabled, shown controls with no text, no accessible text, no prompt and no label pointing at them. */
    public static List<String> unnamedControls(Parent root) {
        List<Node> labelled = new ArrayList<>();
        walk(root, n -> {
            if (n instanceof Label l && l.getLabelFor() != null) {
                labelled.add(l.getLabelFor());
            }
        });
        List<String> problems = new ArrayList<>();
        walk(root, n -> {
            if (n instanceof Control c && c.isFocusTraversable() && !c.isDisabled() && shown(c) && !named(c, labelled)) {
                problems.add(describe(c));
            }
        });
        return problems;
    }

    /** Shown buttons that show only an icon but lack accessible text or a tooltip. */
    public static List<String> iconButtonsWithoutHelp(Parent root) {
        List<String> problems = new ArrayList<>();
        walk(root, n -> {
            if (n instanceof ButtonBase b && shown(b) && b.getGraphic() != null
                    && (b.getText() == null || b.getText().isBlank())
                    && (!notBlank(b.getAccessibleText()) || b.getTooltip() == null)) {
                problems.add(describe(b));
            }
        });
        return problems;
    }

    /**
     * Shown labels and buttons whose drawn text is not their whole text: cut with "…" or
     * clipped. Every page can be run through it at every text size and window size.
     */
    public static List<String> truncatedText(Parent root) {
        List<String> problems = new ArrayList<>();
        walk(root, n -> {
            if (n instanceof Labeled l && shown(l) && notBlank(l.getText())) {
                for (Node child : l.getChildrenUnmodifiable()) {
                    if (child instanceof Text t && t.getClass().getName().endsWith("LabeledText")
                            && !drawn(l).equals(t.getText())) {
                        problems.add(describe(l) + " \"" + shorten(l.getText()) + "\" drawn as \"" + shorten(t.getText())
                                + "\"");
                    }
                }
            }
        });
        return problems;
    }

    /** Shown, empty text fields whose prompt (the grey hint inside) is wider than the field: the skin clips it. */
    public static List<String> cutPromptText(Parent root) {
        List<String> problems = new ArrayList<>();
        walk(root, n -> {
            if (n instanceof TextInputControl field && shown(field) && notBlank(field.getPromptText())
                    && (field.getText() == null || field.getText().isEmpty())) {
                Text measure = new Text(field.getPromptText());
                measure.setFont(field.getFont());
                double room = field.getWidth() - field.snappedLeftInset() - field.snappedRightInset();
                if (measure.getLayoutBounds().getWidth() > room + 0.5) {
                    problems.add(describe(field) + " prompt \"" + shorten(field.getPromptText()) + "\" needs "
                            + Math.round(measure.getLayoutBounds().getWidth()) + " px of " + Math.round(room));
                }
            }
        });
        return problems;
    }

    private static String drawn(Labeled l) {
        return l.isMnemonicParsing() ? l.getText().replaceFirst("_(?=.)", "") : l.getText();
    }

    /**
     * Shown nodes matching {@code selector} that reach outside the window (controls pushed off
     * screen). A node in a scroll pane styled {@code scrolled-controls} (controls meant to be
     * scrolled to, like a player panel's choices) counts where the pane is: it must be inside.
     */
    public static List<String> outsideWindow(Parent root, String selector) {
        List<String> problems = new ArrayList<>();
        double width = root.getScene().getWidth();
        double height = root.getScene().getHeight();
        for (Node n : root.lookupAll(selector)) {
            if (shown(n)) {
                Node shownBy = scrolledTo(n);
                Bounds b = shownBy.localToScene(shownBy.getLayoutBounds());
                if (b.getMinX() < -0.5 || b.getMinY() < -0.5 || b.getMaxX() > width + 0.5 || b.getMaxY() > height + 0.5) {
                    problems.add(describe(n) + " at " + Math.round(b.getMinX()) + "," + Math.round(b.getMinY()) + " to "
                            + Math.round(b.getMaxX()) + "," + Math.round(b.getMaxY()) + " in " + Math.round(width) + "x"
                            + Math.round(height));
                }
            }
        }
        return problems;
    }

    private static Node scrolledTo(Node n) {
        for (Node p = n.getParent(); p != null; p = p.getParent()) {
            if (p instanceof ScrollPane && p.getStyleClass().contains("scrolled-controls")) {
                return p;
            }
        }
        return n;
    }

    private static boolean named(Control c, List<Node> labelled) {
        if (notBlank(c.getAccessibleText()) || labelled.contains(c)) {
            return true;
        }
        if (c instanceof Labeled l && notBlank(l.getText())) {
            return true;
        }
        if (c instanceof TextInputControl t && notBlank(t.getPromptText())) {
            return true;
        }
        return c instanceof ComboBoxBase<?> box && notBlank(box.getPromptText());
    }

    /** Shown text whose contrast with the first opaque background behind it is below {@code minimum}. */
    public static List<String> lowContrastText(Parent root, double minimum) {
        List<String> problems = new ArrayList<>();
        walk(root, n -> {
            if (!shown(n) || n.isDisabled()) {
                return;
            }
            Paint fill = null;
            String text = null;
            if (n instanceof Labeled l && notBlank(l.getText()) && l.getOpacity() > 0) {
                fill = l.getTextFill();
                text = l.getText();
            } else if (n instanceof Text t && !(t.getParent() instanceof Labeled) && !isSkinText(t) && notBlank(t.getText())
                    && !t.getClass().getName().contains("FontIcon")) {
                // icons are pictures, not text; each sits next to words or carries its own accessible text
                fill = t.getFill();
                text = t.getText();
            }
            if (fill instanceof Color color && text != null) {
                Color behind = background(n);
                double ratio = contrast(flatten(color, behind), behind);
                if (ratio < minimum) {
                    problems.add(String.format("%s \"%s\" %s on %s = %.2f:1", describe(n), shorten(text), hex(color),
                            hex(behind), ratio));
                }
            }
        });
        return problems;
    }

    /**
     * Labeled nodes inside table column headers whose shown text was cut short (the skin's text
     * ends in the ellipsis although the label's own text does not).
     */
    public static List<String> cutColumnHeaders(Parent root) {
        List<String> problems = new ArrayList<>();
        walk(root, n -> {
            if (n instanceof Labeled l && insideColumnHeader(l) && shown(l) && notBlank(l.getText())) {
                String ellipsis = l.getEllipsisString();
                for (Node child : l.getChildrenUnmodifiable()) {
                    if (child instanceof Text t && isSkinText(t) && t.getText() != null && !ellipsis.isEmpty()
                            && t.getText().contains(ellipsis) && !l.getText().contains(ellipsis)) {
                        problems.add(describe(l) + " \"" + l.getText() + "\" shows \"" + t.getText() + "\"");
                    }
                }
            }
        });
        return problems;
    }

    /** How many nodes under {@code root} carry {@code styleClass} (to show an audit found what it checks). */
    public static int walkCount(Node root, String styleClass) {
        int[] count = {0};
        walk(root, n -> count[0] += n.getStyleClass().contains(styleClass) ? 1 : 0);
        return count[0];
    }

    private static boolean insideColumnHeader(Node node) {
        for (Node p = node.getParent(); p != null; p = p.getParent()) {
            if (p instanceof TableColumnHeader) {
                return true;
            }
        }
        return false;
    }

    private static boolean isSkinText(Text t) {
        // the text of a Labeled is drawn by a LabeledText inside its skin; it is checked through the Labeled
        return t.getClass().getName().endsWith("LabeledText") || t.getStyleClass().contains("text") && t.getParent() != null
                && t.getParent().getStyleClass().contains("text-input");
    }

    /** The colour of the nearest opaque background fill at or above the node. */
    public static Color background(Node node) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (n instanceof Region r) {
                Background bg = r.getBackground();
                if (bg != null) {
                    List<BackgroundFill> fills = bg.getFills();
                    for (int i = fills.size() - 1; i >= 0; i--) {
                        if (fills.get(i).getFill() instanceof Color c && c.getOpacity() >= 0.5) {
                            return flatten(c, Color.WHITE);
                        }
                    }
                }
            }
        }
        return Color.WHITE;
    }

    private static Color flatten(Color top, Color under) {
        double a = top.getOpacity();
        return Color.color(top.getRed() * a + under.getRed() * (1 - a), top.getGreen() * a + under.getGreen() * (1 - a),
                top.getBlue() * a + under.getBlue() * (1 - a));
    }

    /** WCAG 2 contrast ratio. */
    public static double contrast(Color a, Color b) {
        double la = luminance(a);
        double lb = luminance(b);
        return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
    }

    private static double luminance(Color c) {
        return 0.2126 * channel(c.getRed()) + 0.7152 * channel(c.getGreen()) + 0.0722 * channel(c.getBlue());
    }

    private static double channel(double v) {
        return v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4);
    }

    static boolean shown(Node n) {
        for (Node p = n; p != null; p = p.getParent()) {
            if (!p.isVisible() || p.getOpacity() == 0) {
                return false;
            }
        }
        return n.getScene() != null;
    }

    static void walk(Node node, Consumer<Node> visit) {
        visit.accept(node);
        if (node instanceof Parent p) {
            for (Node child : p.getChildrenUnmodifiable()) {
                walk(child, visit);
            }
        }
    }

    private static boolean notBlank(String s) {
        return s != null && !s.isBlank();
    }

    private static String describe(Node n) {
        return n.getClass().getSimpleName() + (n.getId() == null ? "" : "#" + n.getId()) + n.getStyleClass();
    }

    private static String shorten(String s) {
        return s.length() > 40 ? s.substring(0, 40) + "\u2026" : s;
    }

    private static String hex(Color c) {
        return String.format("#%02x%02x%02x", (int) Math.round(c.getRed() * 255), (int) Math.round(c.getGreen() * 255),
                (int) Math.round(c.getBlue() * 255));
    }
}
