package org.limber.library;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.Locale;
import org.limber.library.figure.Animation;

/** One exercise of the library, built in or written by a physiotherapist. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Exercise(
        String id,
        String name,
        List<String> otherNames,
        Kind kind,
        List<BodyArea> bodyAreas,
        Position position,
        List<Equipment> equipment,
        Dosage dosage,
        BreathingPattern breathing,
        List<String> instructions,
        String feel,
        String stopIf,
        List<Caution> cautions,
        Animation animation) {

    public Exercise {
        otherNames = List.copyOf(otherNames == null ? List.of() : otherNames);
        bodyAreas = List.copyOf(bodyAreas == null ? List.of() : bodyAreas);
        equipment = List.copyOf(equipment == null ? List.of() : equipment);
        instructions = List.copyOf(instructions == null ? List.of() : instructions);
        cautions = List.copyOf(cautions == null ? List.of() : cautions);
    }

    /** True when the words appear in the name, another name or a body area (case-insensitive). */
    public boolean matches(String query) {
        if (query == null || query.isBlank()) {
            return true;
        }
        String needle = query.strip().toLowerCase(Locale.ROOT);
        if (name.toLowerCase(Locale.ROOT).contains(needle)) {
            return true;
        }
        for (String other : otherNames) {
            if (other.toLowerCase(Locale.ROOT).contains(needle)) {
                return true;
            }
        }
        for (BodyArea area : bodyAreas) {
            if (area.code().replace('-', ' ').contains(needle)) {
                return true;
            }
        }
        return false;
    }

}
