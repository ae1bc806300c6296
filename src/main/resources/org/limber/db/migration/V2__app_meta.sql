-- Facts about this data file itself, such as whether the templates were already offered.
CREATE TABLE app_meta (
    meta_key    VARCHAR(60) NOT NULL PRIMARY KEY,
    meta_value  TEXT        NOT NULL
);
