-- Exchange between laptops (docs/exchange-format.md).

-- The version (updated_at) of each record as it was last sent or received. A record whose local and
-- incoming versions both differ from it was changed on both sides since the last exchange: a conflict.
CREATE TABLE exchange_base (
    entity      VARCHAR(40) NOT NULL,
    id          UUID NOT NULL,
    updated_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (entity, id)
);

-- The version that lost a conflict (newest wins), kept so the user can take it after all.
CREATE TABLE exchange_conflict (
    id              UUID PRIMARY KEY,
    entity          VARCHAR(40) NOT NULL,
    record_id       UUID NOT NULL,
    kept_from       VARCHAR(10) NOT NULL,   -- FILE, LOCAL or DELETION: what is in the database now
    other_version   CLOB NOT NULL,          -- the losing record as exchange JSON
    other_updated   TIMESTAMP WITH TIME ZONE NOT NULL,
    kept_updated    TIMESTAMP WITH TIME ZONE NOT NULL,
    file_name       VARCHAR(500),
    imported_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    resolved_at     TIMESTAMP WITH TIME ZONE
);
CREATE INDEX exchange_conflict_open ON exchange_conflict (resolved_at, imported_at);

-- Every export and import, for the record.
CREATE TABLE exchange_log (
    id              UUID PRIMARY KEY,
    direction       VARCHAR(10) NOT NULL,   -- EXPORT or IMPORT
    file_name       VARCHAR(500) NOT NULL,
    other_installation UUID,
    happened_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    summary         VARCHAR(4000)
);
