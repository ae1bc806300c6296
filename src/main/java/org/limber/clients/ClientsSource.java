package org.limber.clients;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.limber.io.StorageException;
import org.limber.results.FollowedPlan;
import org.limber.results.ResultSession;

/** What the clients overview reads: the clients whose results were imported, their plans and sessions. */
public interface ClientsSource {

    /** A client profile with imported results, and when its results last came in. */
    record Client(String profileId, String name, Instant lastImport) {
    }

    /** Every client profile results were imported into, by name. */
    List<Client> clients() throws StorageException;

    /** The plans the client followed, as their files had them. */
    List<FollowedPlan> plans(String profileId) throws StorageException;

    /** The profile's sessions on the days from..to inclusive, with their steps, oldest first. */
    List<ResultSession> sessions(String profileId, LocalDate from, LocalDate to) throws StorageException;
}
