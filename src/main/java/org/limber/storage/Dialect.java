package org.limber.storage;

/**
 * The two back ends, and all that differs between them in one place. The stores' SQL is the same on
 * both (plain SQL that SQLite and PostgreSQL read alike: no INSERT OR REPLACE, no SUM over a
 * comparison, no COLLATE NOCASE); what is left is how a database is opened, looked after and migrated.
 */
public enum Dialect {

    /** One file in the data folder; its own backups and checks; migrated by the app itself. */
    SQLITE("sqlite", true),
    /**
     * A practice's shared server: backups and checks are its administrator's; a schema older than this
     * build is migrated only on purpose (the setup command, the tests), never by a copy that connects.
     */
    POSTGRESQL("postgresql", false);

    private final String vendor;
    private final boolean migratesOnOpen;

    Dialect(String vendor, boolean migratesOnOpen) {
        this.vendor = vendor;
        this.migratesOnOpen = migratesOnOpen;
    }

    /** Flyway's name of the database, the {@code {vendor}} folder of the scripts only it runs. */
    public String vendor() {
        return vendor;
    }

    /** Whether opening brings an older schema up to date by itself. */
    boolean migratesOnOpen() {
        return migratesOnOpen;
    }

    /**
     * Whether a failed rollback still leaves the driver counting a transaction open (sqlite-jdbc after
     * SQLite rolled back by itself, on a full disk), so an empty one must be begun for it to close.
     */
    boolean needsBeginAfterFailedRollback() {
        return this == SQLITE;
    }
}
