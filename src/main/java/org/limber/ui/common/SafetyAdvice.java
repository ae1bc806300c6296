package org.limber.ui.common;

import java.util.List;
import java.util.Locale;
import javafx.scene.control.Alert;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.limber.i18n.Messages;
import org.limber.safety.RedFlags;

/** The when-to-get-help advice: both tiers of red flags, in plain words. */
public final class SafetyAdvice {

    private SafetyAdvice() {
    }

    /** Both tiers, the emergency one first, with the notice that Limber is not a medical service. */
    public static VBox content(Messages i18n) {
        return content(i18n, RedFlags.Tier.EMERGENCY);
    }

    /**
     * Both tiers, {@code first} first: where nothing points to an emergency (pain that is not
     * getting better), the see-a-doctor tier leads and the emergency one follows.
     */
    public static VBox content(Messages i18n, RedFlags.Tier first) {
        VBox box = new VBox(14, line(i18n.get("safety.intro")));
        if (first == RedFlags.Tier.EMERGENCY) {
            // whom to call comes first, in one line, before the two lists that may need scrolling
            Label call = line(i18n.get("safety.emergency.short"));
            call.getStyleClass().addAll("safety-urgent", "safety-call");
            call.setId("safety-call");
            box.getChildren().addAll(call, tier(i18n, RedFlags.Tier.EMERGENCY), tier(i18n, RedFlags.Tier.SOON));
        } else {
            box.getChildren().addAll(tier(i18n, RedFlags.Tier.SOON), watchFor(i18n));
        }
        box.setId("safety-tiers");
        return box;
    }

    /** The emergency signs as something to watch for, after the person said none applies now. */
    public static VBox watchFor(Messages i18n) {
        VBox box = tier(i18n, RedFlags.Tier.EMERGENCY);
        ((Label) box.getChildren().get(0)).setText(i18n.get("safety.tier.emergency.watch"));
        return box;
    }

    /** One tier: what to do, then its signs. The emergency tier ends with the number to call. */
    public static VBox tier(Messages i18n, RedFlags.Tier tier) {
        String name = tier.name().toLowerCase(Locale.ROOT);
        Label heading = line(i18n.get("safety.tier." + name));
        heading.getStyleClass().add(tier == RedFlags.Tier.EMERGENCY ? "safety-urgent" : "safety-soon");
        VBox box = new VBox(6, heading);
        box.setId("safety-tier-" + name);
        for (String key : RedFlags.keys(tier)) {
            box.getChildren().add(line("\u2022 " + i18n.get("safety.flag." + key)));
        }
        if (tier == RedFlags.Tier.EMERGENCY) {
            Label call = line(i18n.get("safety.emergency.call"));
            call.getStyleClass().add("safety-urgent");
            box.getChildren().add(call);
        }
        return box;
    }

    /** The signs the person ticked, to show them back. */
    public static VBox ticked(Messages i18n, List<String> keys) {
        VBox box = new VBox(6, line(i18n.get("redflags.ticked")));
        box.setId("safety-ticked");
        keys.forEach(key -> box.getChildren().add(line("\u2022 " + i18n.get("safety.flag." + key))));
        return box;
    }

    public static Alert show(Window owner, Messages i18n) {
        return show(owner, i18n, RedFlags.Tier.EMERGENCY);
    }

    public static Alert show(Window owner, Messages i18n, RedFlags.Tier first) {
        Alert alert = new Alert(Alert.AlertType.WARNING);
        alert.initOwner(owner);
        alert.setTitle(i18n.get("safety.title"));
        alert.setHeaderText(i18n.get("safety.header"));
        VBox content = content(i18n, first);
        content.setPrefWidth(560);
        ScrollPane scroll = new ScrollPane(content);
        scroll.setFitToWidth(true);
        scroll.setPrefViewportHeight(420);
        alert.getDialogPane().setContent(scroll);
        alert.getDialogPane().setId("safety-advice");
        alert.setResizable(true);
        alert.show();
        return alert;
    }

    private static Label line(String text) {
        Label label = new Label(text);
        label.setWrapText(true);
        label.setMinHeight(Label.USE_PREF_SIZE);
        return label;
    }
}
