-- Each profile's own safety check (issue 18): the red-flag signs ticked and the conditions that
-- apply, as codes joined by commas (codes never hold a comma), and the version of the questions
-- answered (0: ask again before the next session). A profile without a row was never asked.
-- Earlier versions kept one set of answers in the settings file; the app moves it to 'me' once.
CREATE TABLE profile_safety (
    profile_id     VARCHAR(36)  NOT NULL PRIMARY KEY REFERENCES profile (id) ON DELETE CASCADE,
    red_flags      TEXT         NOT NULL,
    conditions     TEXT         NOT NULL,
    asked_version  INTEGER      NOT NULL,
    updated_at     BIGINT       NOT NULL
);
