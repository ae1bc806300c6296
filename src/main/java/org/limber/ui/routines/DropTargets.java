package org.limber.ui.routines;

import javafx.scene.input.Dragboard;

/** What a drop on the step list does: a step moves, an exercise from the palette is added. */
final class DropTargets {

    private DropTargets() {
    }

    static boolean drop(RoutineBuilderViewModel vm, Dragboard board, int target) {
        if (board.hasContent(StepCell.STEP_INDEX)) {
            int from = (Integer) board.getContent(StepCell.STEP_INDEX);
            vm.moveStep(from, Math.min(target, vm.steps().size() - 1));
            return true;
        }
        if (board.hasContent(StepCell.EXERCISE_ID)) {
            String id = (String) board.getContent(StepCell.EXERCISE_ID);
            vm.exercises().find(id).ifPresent(e -> vm.addStepAt(e, target));
            return true;
        }
        return false;
    }
}
