-- Results files (issue 19). On the person's computer: the id their results are sent under (a
-- random UUID made on the first send) and when they last sent. On the physiotherapist's: which
-- client profile a person's results go to, and the plans the person followed.
CREATE TABLE results_sender (
    profile_id    VARCHAR(36)  NOT NULL PRIMARY KEY REFERENCES profile (id) ON DELETE CASCADE,
    person_id     VARCHAR(36)  NOT NULL,
    last_sent_at  BIGINT
);

CREATE TABLE results_client (
    person_id        VARCHAR(36)  NOT NULL PRIMARY KEY,
    profile_id       VARCHAR(36)  NOT NULL REFERENCES profile (id) ON DELETE CASCADE,
    person_name      VARCHAR(120) NOT NULL,
    first_import_at  BIGINT       NOT NULL,
    last_import_at   BIGINT       NOT NULL
);

CREATE INDEX results_client_by_profile ON results_client (profile_id);

-- A client's plans as their file had them: their routine ids are the client's own, so no
-- reference to this computer's routines. Times and weekdays as in plan.
CREATE TABLE client_plan (
    profile_id    VARCHAR(36)  NOT NULL REFERENCES profile (id) ON DELETE CASCADE,
    id            VARCHAR(36)  NOT NULL,
    routine_id    VARCHAR(36)  NOT NULL,
    routine_name  VARCHAR(200) NOT NULL,
    times         VARCHAR(60)  NOT NULL,
    weekdays      VARCHAR(30)  NOT NULL,
    start_date    VARCHAR(10)  NOT NULL,
    end_date      VARCHAR(10),
    updated_at    BIGINT       NOT NULL,
    PRIMARY KEY (profile_id, id)
);
