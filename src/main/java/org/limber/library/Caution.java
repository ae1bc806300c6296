package org.limber.library;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * Who should take care with an exercise, and what to do instead. {@code avoid} marks advice that
 * says to leave the exercise out for that condition (the advice names what to do instead); without
 * it the advice is a way to do the same exercise more safely.
 */
public record Caution(Condition condition, String advice,
        @JsonInclude(JsonInclude.Include.NON_DEFAULT) boolean avoid) {

    public Caution(Condition condition, String advice) {
        this(condition, advice, false);
    }
}
