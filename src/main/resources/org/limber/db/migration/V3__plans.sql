-- A plan: a routine to do at set times on set days of the week, between two dates.
-- times are "HH:MM" joined by commas; weekdays are two-letter codes (MO,TU,...) joined by commas.
CREATE TABLE plan (
    id          VARCHAR(36)  NOT NULL PRIMARY KEY,
    profile_id  VARCHAR(36)  NOT NULL REFERENCES profile (id) ON DELETE CASCADE,
    routine_id  VARCHAR(36)  NOT NULL REFERENCES routine (id) ON DELETE CASCADE,
    times       VARCHAR(60)  NOT NULL,
    weekdays    VARCHAR(30)  NOT NULL,
    start_date  VARCHAR(10)  NOT NULL,
    end_date    VARCHAR(10),
    created_at  BIGINT       NOT NULL
);

CREATE INDEX plan_by_profile ON plan (profile_id);

-- Completed sessions of a routine per day, for adherence
CREATE INDEX session_by_profile_routine ON session (profile_id, routine_id, local_date);
