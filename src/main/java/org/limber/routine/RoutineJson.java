package org.limber.routine;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;

/** The whole routine file, version 1. */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
record RoutineJson(String format, int version, String exportedBy, From from, Body routine,
        List<JsonNode> customExercises) {

    /** The physiotherapist who hands the routine out. */
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    record From(String name, String practice) {

        static From of(Physiotherapist p) {
            return p == null ? null : new From(p.name(), p.practice());
        }

        /** Null when the name is missing or blank (an older or hand-made document). */
        Physiotherapist toPhysiotherapist() {
            return Physiotherapist.of(name, practice);
        }
    }

    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    record Body(String name, String description, List<StepJson> steps) {
    }
}
