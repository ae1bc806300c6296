package org.limber.ui.player;

import java.util.List;
import java.util.function.Consumer;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.VBox;
import org.limber.i18n.Messages;
import org.limber.ui.common.SafetyAdvice;

/** The player's panels: stop now?, what to do when it hurts, and the advice after severe pain. */
final class PlayerPanels {

    private final Messages i18n;
    private final SessionViewModel vm;
    private final Consumer<ChoicePanel> open;

    /** {@code open} puts a panel over the player (and takes it away when it closes). */
    PlayerPanels(Messages i18n, SessionViewModel vm, Consumer<ChoicePanel> open) {
        this.i18n = i18n;
        this.vm = vm;
        this.open = open;
    }

    /** "Stop the session now?": carrying on is what every stray key does; stopping has its own letter. */
    void confirmStop(KeyCode openedBy) {
        boolean wasPaused = vm.display().paused().get();
        if (!wasPaused) {
            vm.togglePause();
        }
        Runnable carryOn = () -> {
            if (!wasPaused) {
                vm.togglePause();
            }
        };
        open.accept(new ChoicePanel(i18n, "stop-dialog", i18n.get("player.confirmStop.header"),
                List.of(text(i18n.get("player.confirmStop.paused"))), i18n.get("player.confirmStop.continue"), carryOn,
                List.of(new ChoicePanel.Choice("stop-dialog-stop", i18n.get("player.confirmStop.stop"),
                        endsNow("player.confirmStop.body"), i18n.get("player.confirmStop.stop.key"), vm::stop, null)),
                openedBy));
    }

    /** What ending now means: never "it is saved" when a save has failed. */
    private String endsNow(String savedKey) {
        return i18n.get(vm.errorProperty().get() == null ? savedKey : "player.endsNow.unsaved");
    }

    /** "How to": the steps, what it should feel like and when to stop; the session waits while it is read. */
    void howTo(KeyCode openedBy) {
        boolean wasPaused = vm.display().paused().get();
        if (!wasPaused) {
            vm.togglePause();
        }
        Label steps = new Label(String.join("\n", vm.display().howTo().get()));
        steps.setId("player-instructions-text");
        steps.getStyleClass().add("player-panel-text");
        open.accept(new ChoicePanel(i18n, "howto-panel", vm.display().exerciseName().get(), List.of(steps),
                i18n.get("player.confirmStop.continue"), () -> {
                    if (!wasPaused) {
                        vm.togglePause();
                    }
                }, List.of(), openedBy));
    }

    /** "It hurts": paused at once; each choice says what follows before it is chosen. */
    void hurts(KeyCode openedBy) {
        boolean wasPaused = vm.display().paused().get();
        vm.hurts();
        Runnable carryOn = () -> {
            if (!wasPaused) {
                vm.carryOnAfterHurt();
            }
        };
        Node body = text(i18n.get("player.hurts.body"));
        body.setId("hurts-dialog-body");
        open.accept(new ChoicePanel(i18n, "hurts-dialog", i18n.get("player.hurts.header"), List.of(body), i18n.get("player.hurts.carryOn"), carryOn, List.of(
                        new ChoicePanel.Choice("hurts-skip", i18n.get("player.hurts.skip"),
                                i18n.get("player.hurts.skip.detail"), i18n.get("player.hurts.skip.key"),
                                vm::skipExercise, null),
                        new ChoicePanel.Choice("hurts-stop", i18n.get("player.hurts.stop"),
                                endsNow("player.hurts.stop.detail"), i18n.get("player.hurts.stop.key"), vm::stop, null),
                        new ChoicePanel.Choice("hurts-severe", i18n.get("player.hurts.severe"),
                                i18n.get("player.hurts.severe.detail"), i18n.get("player.hurts.severe.key"),
                                this::severe, "danger")),
                openedBy));
    }

    /** Strong, sharp or spreading pain: the session stops and the when-to-get-help advice is shown in full. */
    private void severe() {
        vm.stop();
        VBox advice = SafetyAdvice.content(i18n);
        advice.setMaxWidth(Double.MAX_VALUE);
        advice.setId("player-safety-advice");
        // every line of both tiers at the player's size, not only the first
        advice.lookupAll(".label").forEach(n -> n.getStyleClass().add("player-panel-text"));
        // read first: Space, Enter and Esc, which carry on everywhere else, do not close it unread
        open.accept(new ChoicePanel(i18n, "safety-panel", i18n.get("player.severe.title"),
                List.of(text(i18n.get("player.severe.body")), advice), i18n.get("player.severe.understood"), () -> { },
                List.of(), null).readFirst(i18n.get("player.severe.understood")));
    }

    private static Node text(String words) {
        Label label = new Label(words);
        label.getStyleClass().add("player-panel-text");
        label.setWrapText(true);
        return label;
    }
}
