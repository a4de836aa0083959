-- A service's own migration, which must run before the platform's tables are added beside it.
CREATE TABLE things (
    id INTEGER PRIMARY KEY
);
