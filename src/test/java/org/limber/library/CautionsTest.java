package org.limber.library;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class CautionsTest {

    @Test
    void onlyTheCautionsForThePersonsConditionsShow() throws Exception {
        Catalogue catalogue = new CatalogueLoader().loadBuiltIn();
        Exercise bridge = catalogue.find("bridge").orElseThrow();
        assertThat(bridge.cautions()).extracting(Caution::condition).contains(Condition.PREGNANCY).doesNotContain(Condition.WRIST);
        assertThat(Cautions.matching(bridge, List.of("pregnancy"))).extracting(Caution::condition)
                .containsOnly(Condition.PREGNANCY);
        assertThat(Cautions.matching(bridge, List.of())).isEmpty();
        assertThat(Cautions.matching(bridge, List.of("wrist"))).isEmpty();

        Exercise catCow = catalogue.find("cat-cow").orElseThrow();
        assertThat(catCow.cautions()).extracting(Caution::condition).contains(Condition.WRIST, Condition.KNEE, Condition.NECK);
        assertThat(Cautions.matching(catCow, List.of("wrist", "knee", "pregnancy"))).extracting(Caution::condition)
                .containsExactly(Condition.WRIST, Condition.KNEE);
    }

    @Test
    void aCautionThatSaysLeaveItOutIsMarkedSoInTheFileAndNoOtherIs() throws Exception {
        Exercise doubleKnee = new CatalogueLoader().loadBuiltIn().find("double-knee-to-chest").orElseThrow();
        assertThat(doubleKnee.cautions()).filteredOn(Caution::avoid).extracting(Caution::condition)
                .contains(Condition.ACUTE_SPASM, Condition.HIP_REPLACEMENT).doesNotContain(Condition.KNEE, Condition.OSTEOPOROSIS);
        assertThat(new Caution(Condition.KNEE, "Hold behind your thighs.").avoid()).isFalse();
    }
}
