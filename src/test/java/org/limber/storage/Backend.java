package org.limber.storage;

import java.nio.file.Path;
import java.time.Clock;

/** The two back ends a store test runs on ({@link BothBackends}). */
public enum Backend {
    SQLITE, POSTGRESQL;

    /** A fresh, migrated database: {@code limber.db} in {@code dataDir}, or a schema of its own on the {@link TestServer}. */
    public Database open(Path dataDir, Clock clock) throws DatabaseOpenException {
        return this == SQLITE ? Database.open(dataDir, clock) : TestServer.freshDatabase();
    }
}
