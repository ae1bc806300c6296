package org.limber.results;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.limber.io.StorageException;

/** Where results come from when sent, and where an imported file is merged. */
public interface ResultsStore {

    /** The profile's person id: the one kept, or {@code fresh} kept from now on when it has none yet. */
    String personId(String profileId, String fresh) throws StorageException;

    /** When the profile last sent its results, if ever. */
    Optional<Instant> lastSent(String profileId) throws StorageException;

    void markSent(String profileId, Instant at) throws StorageException;

    /** The profile's sessions on the days from..to inclusive, with their steps, oldest first. */
    List<ResultSession> sessions(String profileId, LocalDate from, LocalDate to) throws StorageException;

    /** The client profile whose results came from this person before, if any. */
    Optional<String> clientOf(String personId) throws StorageException;

    /**
     * Merges a checked file in one transaction: the person goes to the client they went to
     * before, or the first time to {@code target}; plans and sessions are merged by id, the
     * sessions as {@code sessions} streams them (checked again as they come). When the streamed
     * file's head is not {@code head} (the file changed since it was checked), or on any other
     * failure, nothing is written.
     */
    ImportSummary merge(ResultsHead head, SessionSource sessions, ImportTarget target, long nowMillis)
            throws StorageException, ResultsFileException;

    /** Merges a file held in memory, as {@link #merge(ResultsHead, SessionSource, ImportTarget, long)}. */
    default ImportSummary merge(ResultsFile file, ImportTarget target, long nowMillis)
            throws StorageException, ResultsFileException {
        return merge(file.head(), file.source(), target, nowMillis);
    }
}
