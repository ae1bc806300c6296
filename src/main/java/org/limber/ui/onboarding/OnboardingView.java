package org.limber.ui.onboarding;

import static org.limber.ui.onboarding.Card.emphasis;
import static org.limber.ui.onboarding.Card.text;

import javafx.beans.binding.Bindings;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.limber.i18n.Messages;
import org.limber.safety.RedFlags;
import org.limber.ui.common.SafetyAdvice;
import org.limber.ui.common.SafetyChecklist;

/** The first-run screens and the safety check, laid over the main window until they are done. */
public final class OnboardingView {

    private OnboardingView() {
    }

    public static StackPane create(OnboardingViewModel vm, Messages i18n) {
        StackPane overlay = new StackPane();
        overlay.setId("onboarding");
        overlay.getStyleClass().add("onboarding-overlay");
        Runnable render = () -> {
            switch (vm.stepProperty().get()) {
                case WELCOME -> overlay.getChildren().setAll(welcome(vm, i18n));
                case RED_FLAGS -> overlay.getChildren().setAll(checklist(vm, i18n));
                case EMERGENCY -> overlay.getChildren().setAll(emergency(vm, i18n));
                case ADVICE -> overlay.getChildren().setAll(advice(vm, i18n));
                case DONE -> overlay.getChildren().clear();
            }
            overlay.setVisible(vm.stepProperty().get() != OnboardingViewModel.Step.DONE);
        };
        vm.stepProperty().addListener((obs, old, now) -> render.run());
        render.run();
        return overlay;
    }

    private static Node welcome(OnboardingViewModel vm, Messages i18n) {
        VBox who = new VBox();
        Card card = new Card(i18n.get("onboarding.title"), null, emphasis(i18n.get("onboarding.notice")),
                text(i18n.get("onboarding.welcome")), who)
                .main(i18n.get("onboarding.accept"), "onboarding-accept", vm::accept);
        who.getChildren().add(WhoCard.create(vm, i18n, card.pane()));
        return card.node();
    }

    private static Node checklist(OnboardingViewModel vm, Messages i18n) {
        String name = vm.whoseProperty().get().name();
        VBox body = new VBox(12, text(vm.isMe() ? i18n.get(intro(vm)) : i18n.get("redflags.intro.client", name)));
        body.getChildren().add(SafetyChecklist.of(i18n, "", vm.ticked(), vm.conditions(),
                vm.isMe() ? i18n.get("conditions.intro") : i18n.get("conditions.intro.client", name)));
        // the focus starts on the first sign (or the first one ticked), never on Continue, so Enter
        // pressed again and again ticks a box instead of passing the check unread
        CheckBox first = body.lookupAll(".check-box").stream().map(CheckBox.class::cast)
                .filter(CheckBox::isSelected).findFirst()
                .orElse((CheckBox) body.lookup(".check-box"));
        String title = !vm.isMe() ? i18n.get("redflags.title.client", name)
                : i18n.get(vm.reasonProperty().get() == OnboardingViewModel.Reason.FIRST_RUN ? "redflags.title"
                        : "redflags.title.again");
        Card card = new Card(title, null, body)
                .main(i18n.get("redflags.continue"), "redflags-continue", vm::continueFromChecklist);
        card.focusFirst(first);
        // and Continue is not the default: Enter sends the answers only from the button itself
        card.mainButton().setDefaultButton(false);
        // with nothing ticked the button says plainly what pressing it answers
        card.mainButton().textProperty().bind(Bindings.createStringBinding(
                () -> i18n.get(!vm.ticked().isEmpty() ? "redflags.continue"
                        : vm.isMe() ? "redflags.continue.none" : "redflags.continue.noneClient"), vm.ticked()));
        if (vm.canCancel()) {
            card.secondary(i18n.get("redflags.cancel"), "redflags-cancel", vm::cancel).setCancelButton(true);
        }
        // Enter on a tick box can only tick it: it never takes a tick away (Space does) and never
        // sends the answers past a sign the person meant to tick; Continue needs its own button
        card.pane().addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ENTER && e.getTarget() instanceof CheckBox box) {
                e.consume();
                box.setSelected(true);
            }
        });
        return card.node();
    }

    private static String intro(OnboardingViewModel vm) {
        if (vm.sawEmergencyProperty().get()) {
            return "redflags.intro.again";
        }
        return switch (vm.reasonProperty().get()) {
            case FIRST_RUN, ASKED, FIRST_SESSION -> "redflags.intro";
            case QUESTIONS_CHANGED -> "redflags.intro.changed";
            case AFTER_PAIN -> "redflags.intro.afterPain";
        };
    }

    /**
     * Emergency signs: no way on to exercise. The focus rests on the text, so a stray Enter
     * presses nothing; the one quiet button goes back to the answers (for a tick by mistake).
     */
    private static Node emergency(OnboardingViewModel vm, Messages i18n) {
        Label call = text(i18n.get("safety.emergency.call"));
        call.getStyleClass().addAll("safety-urgent", "onboarding-call");
        Card card = new Card(i18n.get("redflags.emergency.title"), "emergency-screen", call,
                text(i18n.get("redflags.emergency.body")), SafetyAdvice.ticked(i18n, RedFlags.known(vm.ticked())));
        Button back = card.secondary(i18n.get("redflags.emergency.back"), "emergency-back", vm::backToChecklist);
        back.getStyleClass().remove("flat");
        card.focusText();
        card.pane().getStyleClass().add("onboarding-emergency");
        return card.node();
    }

    private static Node advice(OnboardingViewModel vm, Messages i18n) {
        Card card = new Card(i18n.get("redflags.advice.title"), "advice-screen",
                emphasis(i18n.get("redflags.advice.body")), SafetyAdvice.ticked(i18n, RedFlags.known(vm.ticked())),
                SafetyAdvice.watchFor(i18n))
                .main(i18n.get("redflags.acknowledge"), "redflags-acknowledge", vm::acknowledge);
        card.secondary(i18n.get("redflags.advice.back"), "advice-back", vm::backFromAdvice);
        // read first: the focus rests on the advice and Enter presses nothing until a button is chosen
        card.mainButton().setDefaultButton(false);
        card.focusText();
        return card.node();
    }
}
