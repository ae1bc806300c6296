package org.limber.routine;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.limber.library.CatalogueLoader;

/** A routine's description, steps and who handed it out, as the JSON document kept in the database. */
public final class StepsJson {

    private static final ObjectMapper MAPPER = CatalogueLoader.mapper();

    @JsonInclude(JsonInclude.Include.NON_NULL)
    private record Body(String description, List<StepJson> steps, RoutineJson.From from) {
    }

    private StepsJson() {
    }

    public static String write(Routine routine) {
        try {
            return MAPPER.writeValueAsString(new Body(routine.description(),
                    routine.steps().stream().map(StepJson::of).toList(), RoutineJson.From.of(routine.from())));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    public static Routine read(String id, String name, String json) throws JsonProcessingException {
        Body body = MAPPER.readValue(json, Body.class);
        List<Step> steps = body.steps() == null ? List.of() : body.steps().stream().map(StepJson::toStep).toList();
        return new Routine(id, name, body.description(), steps, body.from() == null ? null : body.from().toPhysiotherapist());
    }
}
