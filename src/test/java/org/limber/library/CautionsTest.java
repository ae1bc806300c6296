package org.limber.library;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class CautionsTest {

    @Test
    void onlyTheCautionsForThePersonsConditionsShow() throws Exception {
        Exercise bridge = new CatalogueLoader().loadBuiltIn().find("bridge").orElseThrow();
        assertThat(bridge.cautions()).extracting(Caution::condition).contains(Condition.PREGNANCY);
        assertThat(Cautions.matching(bridge, List.of("pregnancy"))).extracting(Caution::condition)
                .containsOnly(Condition.PREGNANCY);
        assertThat(Cautions.matching(bridge, List.of())).isEmpty();
        assertThat(Cautions.matching(bridge, List.of("wrist"))).allSatisfy(c ->
                assertThat(c.condition()).isEqualTo(Condition.WRIST));
    }
}
