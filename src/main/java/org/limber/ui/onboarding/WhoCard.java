package org.limber.ui.onboarding;

import java.util.Locale;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.limber.i18n.Messages;

/**
 * "Who will use Limber on this computer?", asked once after the notice: two large choices, each
 * with its letter; the letter, a click, or Space or Enter on the focused choice answers.
 */
final class WhoCard {

    private WhoCard() {
    }

    static Node create(OnboardingViewModel vm, Messages i18n) {
        Button me = choice(i18n, "who-me", "onboarding.who.me", vm::chooseMe);
        Button clients = choice(i18n, "who-clients", "onboarding.who.clients", vm::chooseClients);
        VBox choices = new VBox(12, me, clients);
        Card card = new Card(i18n.get("onboarding.who.title"), "who-screen", Card.text(i18n.get("onboarding.who.intro")),
                choices);
        card.focusFirst(me);
        String meKey = i18n.get("onboarding.who.me.key").toLowerCase(Locale.ROOT);
        String clientsKey = i18n.get("onboarding.who.clients.key").toLowerCase(Locale.ROOT);
        card.pane().addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            String typed = e.getText().toLowerCase(Locale.ROOT);
            boolean plain = !e.isControlDown() && !e.isAltDown() && !e.isMetaDown() && !e.isShortcutDown();
            if (plain && typed.equals(meKey)) {
                me.fire();
            } else if (plain && typed.equals(clientsKey)) {
                clients.fire();
            } else if (e.getCode() == KeyCode.ENTER && e.getTarget() instanceof Button focused) {
                focused.fire();
            } else {
                return;
            }
            e.consume();
        });
        return card.node();
    }

    private static Button choice(Messages i18n, String id, String key, Runnable command) {
        Button button = new Button(i18n.get("player.withKey", i18n.get(key), i18n.get(key + ".key")));
        button.setId(id);
        button.getStyleClass().addAll("player-big-button", "onboarding-choice");
        button.setWrapText(true);
        button.setMaxWidth(Double.MAX_VALUE);
        button.setMinHeight(Region.USE_PREF_SIZE);
        button.setOnAction(e -> command.run());
        return button;
    }
}
