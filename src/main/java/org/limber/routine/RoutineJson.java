package org.limber.routine;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;

/** The whole routine file, version 1. */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
record RoutineJson(String format, int version, String exportedBy, Body routine, List<JsonNode> customExercises) {

    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    record Body(String name, String description, List<StepJson> steps) {
    }
}
