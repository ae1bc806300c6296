-- Limber schema, version 1. Plain SQL that SQLite and PostgreSQL both accept:
-- ids are text chosen by the application, times are epoch milliseconds (BIGINT),
-- calendar days are ISO dates (YYYY-MM-DD) in the user's time zone at the time.

CREATE TABLE profile (
    id          VARCHAR(36)  NOT NULL PRIMARY KEY,
    name        VARCHAR(120) NOT NULL,
    notes       TEXT,
    created_at  BIGINT       NOT NULL
);

INSERT INTO profile (id, name, notes, created_at) VALUES ('me', 'Me', NULL, 0);

-- Exercises a physiotherapist wrote; built-in ones come from the catalogue files.
CREATE TABLE custom_exercise (
    id          VARCHAR(60)  NOT NULL PRIMARY KEY,
    body        TEXT         NOT NULL,
    updated_at  BIGINT       NOT NULL
);

-- A routine is edited and exported as a whole, so its steps are one JSON document.
CREATE TABLE routine (
    id          VARCHAR(36)  NOT NULL PRIMARY KEY,
    profile_id  VARCHAR(36)  NOT NULL REFERENCES profile (id) ON DELETE CASCADE,
    name        VARCHAR(200) NOT NULL,
    body        TEXT         NOT NULL,
    created_at  BIGINT       NOT NULL,
    updated_at  BIGINT       NOT NULL
);

CREATE INDEX routine_by_profile ON routine (profile_id, name);

-- A session keeps the routine's name: history outlives a deleted routine.
CREATE TABLE session (
    id              VARCHAR(36)  NOT NULL PRIMARY KEY,
    profile_id      VARCHAR(36)  NOT NULL REFERENCES profile (id) ON DELETE CASCADE,
    routine_id      VARCHAR(36),
    routine_name    VARCHAR(200) NOT NULL,
    started_at      BIGINT       NOT NULL,
    local_date      VARCHAR(10)  NOT NULL,
    ended_at        BIGINT,
    planned_seconds INTEGER      NOT NULL,
    done_seconds    INTEGER      NOT NULL DEFAULT 0,
    status          VARCHAR(16)  NOT NULL,
    pain_before     INTEGER,
    pain_after      INTEGER,
    notes           TEXT,
    CHECK (status IN ('running', 'completed', 'stopped')),
    CHECK (pain_before IS NULL OR (pain_before BETWEEN 0 AND 10)),
    CHECK (pain_after IS NULL OR (pain_after BETWEEN 0 AND 10))
);

CREATE INDEX session_by_profile_date ON session (profile_id, local_date);
CREATE INDEX session_by_date ON session (local_date);

CREATE TABLE session_step (
    session_id      VARCHAR(36)  NOT NULL REFERENCES session (id) ON DELETE CASCADE,
    position        INTEGER      NOT NULL,
    exercise_id     VARCHAR(60)  NOT NULL,
    exercise_name   VARCHAR(200) NOT NULL,
    planned_seconds INTEGER      NOT NULL,
    done_seconds    INTEGER      NOT NULL,
    result          VARCHAR(16)  NOT NULL,
    finished_at     BIGINT       NOT NULL,
    PRIMARY KEY (session_id, position),
    CHECK (result IN ('done', 'skipped', 'hurt'))
);
