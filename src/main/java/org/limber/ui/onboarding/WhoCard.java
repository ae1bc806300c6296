package org.limber.ui.onboarding;

import java.util.Locale;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.limber.i18n.Messages;
import org.limber.settings.Settings.UsedBy;

/**
 * "Who will use Limber on this computer?", on the notice card: two large choices, "Me" chosen
 * unless the person picks the other (with its letter, the arrows or a click), so accepting the
 * notice goes on exactly as before for a person's own back.
 */
final class WhoCard {

    private WhoCard() {
    }

    /** The question and its choices; {@code pane} is the card, whose letter keys pick a choice. */
    static Node create(OnboardingViewModel vm, Messages i18n, Node pane) {
        ToggleGroup group = new ToggleGroup();
        RadioButton me = choice(i18n, "who-me", "onboarding.who.me", group, UsedBy.SELF);
        RadioButton clients = choice(i18n, "who-clients", "onboarding.who.clients", group, UsedBy.CLIENTS);
        (vm.whoChoiceProperty().get() == UsedBy.CLIENTS ? clients : me).setSelected(true);
        group.selectedToggleProperty().addListener((obs, old, now) -> {
            if (now == null) {
                old.setSelected(true);
            } else {
                vm.whoChoiceProperty().set((UsedBy) now.getUserData());
            }
        });
        Label question = new Label(i18n.get("onboarding.who.title"));
        question.getStyleClass().add("title-4");
        question.setWrapText(true);
        question.setMinHeight(Region.USE_PREF_SIZE);
        question.setLabelFor(me);
        Label intro = Card.text(i18n.get("onboarding.who.intro"));
        String meKey = i18n.get("onboarding.who.me.key").toLowerCase(Locale.ROOT);
        String clientsKey = i18n.get("onboarding.who.clients.key").toLowerCase(Locale.ROOT);
        pane.addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            String typed = e.getText().toLowerCase(Locale.ROOT);
            if (e.isControlDown() || e.isAltDown() || e.isMetaDown() || e.isShortcutDown()) {
                return;
            }
            if (typed.equals(meKey)) {
                me.setSelected(true);
            } else if (typed.equals(clientsKey)) {
                clients.setSelected(true);
            } else {
                return;
            }
            e.consume();
        });
        VBox box = new VBox(8, question, me, clients, intro);
        box.setId("who-screen");
        return box;
    }

    private static RadioButton choice(Messages i18n, String id, String key, ToggleGroup group, UsedBy value) {
        RadioButton button = new RadioButton(i18n.get("player.withKey", i18n.get(key), i18n.get(key + ".key")));
        button.setId(id);
        button.setToggleGroup(group);
        button.setUserData(value);
        button.getStyleClass().add("onboarding-choice");
        button.setWrapText(true);
        button.setMaxWidth(Double.MAX_VALUE);
        button.setMinHeight(Region.USE_PREF_SIZE);
        return button;
    }
}
