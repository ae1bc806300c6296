package org.limber.results;

/**
 * What an import did, for a sentence like "12 new sessions, 3 updated, 40 already here".
 * {@code unchanged} counts sessions already kept as they are, or kept further along than the copy in the file.
 */
public record ImportSummary(String profileId, boolean newToThisComputer, int added, int updated, int unchanged,
        int plans) {
}
