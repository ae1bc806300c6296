package org.limber.session;

/**
 * One stretch of time in a session. {@code millis} is its planned length; an untimed phase
 * ("press when done") has {@code untimed} set and {@code millis} as the estimate used for totals.
 * {@code round}/{@code rounds} count holds, movements or breaths; {@code set}/{@code sets} count sets.
 */
public record Phase(
        int step,
        String exerciseId,
        String exerciseName,
        PhaseKind kind,
        Side side,
        long millis,
        boolean untimed,
        int set,
        int sets,
        int round,
        int rounds) {
}
