-- PostgreSQL only (the folder Flyway picks for it). Calendar days are ISO text (V1): with the "C"
-- collation they compare byte for byte, as in SQLite, whatever locale the practice's server was set up
-- with, and the history's range scans over them compare plain bytes instead of the locale's rules.
ALTER TABLE session ALTER COLUMN local_date TYPE VARCHAR(10) COLLATE "C";
ALTER TABLE plan ALTER COLUMN start_date TYPE VARCHAR(10) COLLATE "C",
    ALTER COLUMN end_date TYPE VARCHAR(10) COLLATE "C";
ALTER TABLE client_plan ALTER COLUMN start_date TYPE VARCHAR(10) COLLATE "C",
    ALTER COLUMN end_date TYPE VARCHAR(10) COLLATE "C";
