-- Settings of this laptop that must never travel in an exchange file or count as data: the uitwisselwachtwoord.
-- The database itself is encrypted (ADR 0011), so the value is not readable from the file.
-- IF NOT EXISTS: H2 commits DDL at once, so a migration killed half-way is run again at the next start (the crash
-- test found a folder that no longer opened after a kill during this step).
CREATE TABLE IF NOT EXISTS local_secret (
    name       VARCHAR(40)  NOT NULL PRIMARY KEY,
    secret     VARCHAR(200) NOT NULL,
    updated_at TIMESTAMP WITH TIME ZONE NOT NULL
);
