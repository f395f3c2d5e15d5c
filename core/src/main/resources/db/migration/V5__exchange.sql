-- Exchange between laptops (docs/exchange-format.md).

-- exchanged_at: the version (updated_at) of the record as it was last received; NULL: never received. With the
-- time of the last full export (exchange_log) it tells whether a version holds a change made since the last
-- exchange. A column rather than a side table, so importing a new record costs no extra row.
ALTER TABLE organization ADD COLUMN exchanged_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE partnership ADD COLUMN exchanged_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE person ADD COLUMN exchanged_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE affiliation ADD COLUMN exchanged_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE team ADD COLUMN exchanged_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE membership ADD COLUMN exchanged_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE venue ADD COLUMN exchanged_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE meeting ADD COLUMN exchanged_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE agenda_item ADD COLUMN exchanged_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE attendance ADD COLUMN exchanged_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE visitor_count ADD COLUMN exchanged_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE check_in ADD COLUMN exchanged_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE check_out ADD COLUMN exchanged_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE learning_note ADD COLUMN exchanged_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE cash_contribution ADD COLUMN exchanged_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE decision ADD COLUMN exchanged_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE decision_session ADD COLUMN exchanged_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE decision_perspective ADD COLUMN exchanged_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE decision_alternative ADD COLUMN exchanged_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE decision_vote ADD COLUMN exchanged_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE decision_ballot ADD COLUMN exchanged_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE minority_condition ADD COLUMN exchanged_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE action_item ADD COLUMN exchanged_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE action_owner ADD COLUMN exchanged_at TIMESTAMP WITH TIME ZONE;

-- The version that lost a conflict (newest wins), kept so the user can take it after all.
CREATE TABLE exchange_conflict (
    id              UUID PRIMARY KEY,
    entity          VARCHAR(40) NOT NULL,
    record_id       UUID NOT NULL,
    kept_from       VARCHAR(10) NOT NULL,   -- FILE, LOCAL or DELETION: what is in the database now
    label           VARCHAR(300) NOT NULL,  -- a few words to recognise the record by (name, text, person and date)
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
    full_export     BOOLEAN NOT NULL DEFAULT FALSE,  -- an export of everything: all versions up to then were sent
    file_name       VARCHAR(500) NOT NULL,
    other_installation UUID,
    happened_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    summary         VARCHAR(4000)
);
