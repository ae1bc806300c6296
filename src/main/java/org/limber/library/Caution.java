package org.limber.library;

/** Who should take care with an exercise, and what to do instead. */
public record Caution(Condition condition, String advice) {
}
