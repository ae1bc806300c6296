package org.limber.ui.results;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.limber.io.StorageException;
import org.limber.results.ImportSummary;
import org.limber.results.ImportTarget;
import org.limber.results.ResultSession;
import org.limber.results.ResultsHead;
import org.limber.results.ResultsFileException;
import org.limber.results.ResultsStore;
import org.limber.results.SessionSource;

/** Results kept in memory: what was sent and merged, and answers the test sets. */
final class FakeResultsStore implements ResultsStore {

    final Map<String, String> personIds = new HashMap<>();
    final Map<String, Instant> sent = new HashMap<>();
    final Map<String, String> clients = new HashMap<>();
    final List<ImportTarget> merged = new ArrayList<>();
    List<ResultSession> sessions = List.of();
    ImportSummary summary;
    Exception failure;

    @Override
    public String personId(String profileId, String fresh) {
        return personIds.computeIfAbsent(profileId, p -> fresh);
    }

    @Override
    public Optional<Instant> lastSent(String profileId) throws StorageException {
        if (failure instanceof StorageException e) {
            throw e;
        }
        return Optional.ofNullable(sent.get(profileId));
    }

    @Override
    public void markSent(String profileId, Instant at) {
        sent.put(profileId, at);
    }

    @Override
    public List<ResultSession> sessions(String profileId, LocalDate from, LocalDate to) {
        return sessions.stream().filter(s -> !s.date().isBefore(from) && !s.date().isAfter(to)).toList();
    }

    @Override
    public Optional<String> clientOf(String personId) {
        return Optional.ofNullable(clients.get(personId));
    }

    @Override
    public ImportSummary merge(ResultsHead head, SessionSource source, ImportTarget target, long nowMillis)
            throws StorageException, ResultsFileException {
        if (failure instanceof ResultsFileException e) {
            throw e;
        }
        if (failure instanceof StorageException e) {
            throw e;
        }
        List<ResultSession> streamed = new ArrayList<>();
        source.each(streamed::add);
        merged.add(target);
        String id = target instanceof ImportTarget.Existing e ? e.profileId()
                : target instanceof ImportTarget.NewClient n ? n.profileId() : clients.get(head.person().id());
        clients.put(head.person().id(), id);
        return summary != null ? summary : new ImportSummary(id, true, streamed.size(), 0, 0, head.plans().size());
    }
}
