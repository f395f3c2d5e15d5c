-- Settings of this laptop that must never travel in an exchange file or count as data: the uitwisselwachtwoord.
-- The database itself is encrypted (ADR 0011), so the value is not readable from the file.
CREATE TABLE local_secret (
    name       VARCHAR(40)  NOT NULL PRIMARY KEY,
    secret     VARCHAR(200) NOT NULL,
    updated_at TIMESTAMP WITH TIME ZONE NOT NULL
);
