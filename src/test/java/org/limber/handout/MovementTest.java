package org.limber.handout;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.limber.library.Catalogue;
import org.limber.library.CatalogueLoader;
import org.limber.library.Exercise;
import org.limber.library.figure.FigureGeometry;

/** The printed still's start and end poses, and the path of the part that moves most between them. */
class MovementTest {

    static Catalogue catalogue;

    @BeforeAll
    static void load() throws Exception {
        catalogue = new CatalogueLoader().loadBuiltIn();
    }

    @Test
    void theArrowFollowsThePartThatMovesMostFromTheStartToTheEndPose() {
        Exercise knee = catalogue.find("knee-to-chest").orElseThrow();
        Movement movement = Movement.of(knee.animation());

        assertThat(movement.moves()).isTrue();
        assertThat(movement.start()).isEqualTo(knee.animation().keyPoses().get(0).pose());
        assertThat(movement.end()).isEqualTo(knee.animation().keyStill()).isNotEqualTo(movement.start());
        List<Movement.Point> startPoints = Movement.points(FigureGeometry.layOut(movement.start()));
        List<Movement.Point> endPoints = Movement.points(FigureGeometry.layOut(movement.end()));
        // the point the path follows: at the start pose's place first and the end pose's last
        int moving = -1;
        for (int i = 0; i < startPoints.size(); i++) {
            if (startPoints.get(i).equals(movement.path().get(0))
                    && endPoints.get(i).equals(movement.path().get(movement.path().size() - 1))) {
                moving = i;
            }
        }
        assertThat(moving).as("the path runs from a point of the start pose to the same point of the end pose")
                .isNotNegative();
        double moved = distance(startPoints.get(moving), endPoints.get(moving));
        for (int i = 0; i < startPoints.size(); i++) {
            assertThat(distance(startPoints.get(i), endPoints.get(i))).as("point " + i).isLessThanOrEqualTo(moved);
        }
        assertThat(moved).isGreaterThan(Movement.SMALLEST);
    }

    @Test
    void everyExerciseOfTheCatalogueHasAStillAndTheOnesThatMoveAnArrow() {
        long moving = catalogue.exercises().stream().filter(e -> e.animation() != null)
                .filter(e -> Movement.of(e.animation()).moves()).count();
        assertThat(moving).as("most exercises move").isGreaterThan(catalogue.exercises().size() / 2);
        for (Exercise e : catalogue.exercises()) {
            if (e.animation() != null && e.animation().keyPoses().size() == 1) {
                assertThat(Movement.of(e.animation()).moves()).as(e.id() + " holds one pose").isFalse();
            }
        }
    }

    private static double distance(Movement.Point a, Movement.Point b) {
        return Math.hypot(a.x() - b.x(), a.y() - b.y());
    }
}
