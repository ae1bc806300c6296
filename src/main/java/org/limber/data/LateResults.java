package org.limber.data;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.limber.clients.ClientsSource;
import org.limber.io.StorageException;
import org.limber.results.FollowedPlan;
import org.limber.results.ImportSummary;
import org.limber.results.ImportTarget;
import org.limber.results.ResultsFileException;
import org.limber.results.ResultSession;
import org.limber.results.ResultsHead;
import org.limber.results.ResultsStore;
import org.limber.results.SessionSource;
import org.limber.storage.Database;
import org.limber.storage.SqlClients;
import org.limber.storage.SqlResultsStore;

/**
 * Results sent and imported, and the clients overview's reads, usable from the start; until the
 * database is open every call says so.
 */
final class LateResults implements ResultsStore, ClientsSource {

    private volatile SqlResultsStore sql;
    private volatile SqlClients clients;

    void open(Database db) {
        clients = new SqlClients(db);
        sql = new SqlResultsStore(db);
    }

    @Override
    public String personId(String profileId, String fresh) throws StorageException {
        return LateStores.required(sql).personId(profileId, fresh);
    }

    @Override
    public Optional<Instant> lastSent(String profileId) throws StorageException {
        return LateStores.required(sql).lastSent(profileId);
    }

    @Override
    public void markSent(String profileId, Instant at) throws StorageException {
        LateStores.required(sql).markSent(profileId, at);
    }

    @Override
    public List<ResultSession> sessions(String profileId, LocalDate from, LocalDate to) throws StorageException {
        return LateStores.required(sql).sessions(profileId, from, to);
    }

    @Override
    public Optional<String> clientOf(String personId) throws StorageException {
        return LateStores.required(sql).clientOf(personId);
    }

    @Override
    public ImportSummary merge(ResultsHead head, SessionSource sessions, ImportTarget target, long nowMillis)
            throws StorageException, ResultsFileException {
        return LateStores.required(sql).merge(head, sessions, target, nowMillis);
    }

    @Override
    public List<Client> clients() throws StorageException {
        return LateStores.required(clients).clients();
    }

    @Override
    public List<FollowedPlan> plans(String profileId) throws StorageException {
        return LateStores.required(clients).plans(profileId);
    }
}
