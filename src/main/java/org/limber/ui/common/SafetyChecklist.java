package org.limber.ui.common;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.collections.ObservableSet;
import javafx.collections.SetChangeListener;
import javafx.collections.WeakSetChangeListener;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.limber.i18n.Messages;
import org.limber.library.Condition;
import org.limber.safety.RedFlags;

/**
 * The safety check's questions as tick boxes: the red-flag signs in their two tiers, then the
 * conditions in columns. First run and the safety check show it for the person, the Profiles page
 * for a client. Each box and its set agree both ways, so answers read later show at once.
 */
public final class SafetyChecklist {

    private SafetyChecklist() {
    }

    /**
     * The boxes of {@code ticked} (red-flag keys) and {@code conditions} (condition codes), with ids
     * {@code <prefix>redflag-<key>} and {@code <prefix>condition-<code>}; {@code conditionsIntro}
     * heads the conditions.
     */
    public static VBox of(Messages i18n, String prefix, ObservableSet<String> ticked, ObservableSet<String> conditions,
            String conditionsIntro) {
        VBox body = new VBox(12);
        for (RedFlags.Tier tier : RedFlags.Tier.values()) {
            Label heading = emphasis(i18n.get("redflags.group." + tier.name().toLowerCase(Locale.ROOT)));
            heading.getStyleClass().add(tier == RedFlags.Tier.EMERGENCY ? "safety-urgent" : "safety-soon");
            VBox boxes = new VBox(8);
            for (String key : RedFlags.keys(tier)) {
                boxes.getChildren().add(tick(i18n.get("safety.flag." + key), prefix + "redflag-" + key, key, ticked));
            }
            body.getChildren().addAll(heading, boxes);
        }
        List<CheckBox> boxes = new ArrayList<>();
        for (Condition condition : Condition.values()) {
            boxes.add(tick(i18n.get("condition." + condition.code()), prefix + "condition-" + condition.code(),
                    condition.code(), conditions));
        }
        body.getChildren().addAll(emphasis(conditionsIntro), TickColumns.of(boxes));
        return body;
    }

    /** A box that ticks {@code key} in {@code answers}, and follows it when the answers change. */
    public static CheckBox tick(String label, String id, String key, ObservableSet<String> answers) {
        CheckBox box = new CheckBox(label);
        box.setId(id);
        box.setWrapText(true);
        box.setMaxWidth(Double.MAX_VALUE);
        box.setMinHeight(Region.USE_PREF_SIZE);
        box.setSelected(answers.contains(key));
        box.selectedProperty().addListener((obs, old, now) -> {
            if (now) {
                answers.add(key);
            } else {
                answers.remove(key);
            }
        });
        SetChangeListener<String> follow = change -> box.setSelected(answers.contains(key));
        // held by the box: the answers outlive a screen built again and again
        box.getProperties().put(SafetyChecklist.class, follow);
        answers.addListener(new WeakSetChangeListener<>(follow));
        return box;
    }

    /** A bold line, as the first-run cards head their groups. */
    public static Label emphasis(String value) {
        Label label = new Label(value);
        label.setWrapText(true);
        label.setMinHeight(Region.USE_PREF_SIZE);
        label.getStyleClass().add("onboarding-emphasis");
        return label;
    }
}
