-- Presentielijsten imported from Excel or CSV. Each import is a batch that lists exactly what it added or changed,
-- so "Import ongedaan maken" removes that and nothing else. These tables stay on this laptop: they never travel
-- in an exchange file (the records they point at do).
-- IF NOT EXISTS: H2 commits DDL at once, so a start killed half-way must be able to run this again.
CREATE TABLE IF NOT EXISTS import_batch (
    id           UUID PRIMARY KEY,
    file_name    VARCHAR(260) NOT NULL,
    team_id      UUID REFERENCES team (id) ON DELETE SET NULL,
    meetings     INT NOT NULL,
    lines        INT NOT NULL,
    imported_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    undone_at    TIMESTAMP WITH TIME ZONE
);

-- action ADDED: the record was created by the import; CHANGED: an attendance line whose status the import changed
-- from previous_status.
CREATE TABLE IF NOT EXISTS import_batch_item (
    batch_id         UUID NOT NULL REFERENCES import_batch (id) ON DELETE CASCADE,
    position         INT NOT NULL,
    kind             VARCHAR(40) NOT NULL,
    record_id        UUID NOT NULL,
    action           VARCHAR(10) NOT NULL,
    previous_status  VARCHAR(20),
    previous_organization_id UUID,
    PRIMARY KEY (batch_id, position)
);

-- The mapping last chosen for a file layout (its header texts), offered again for the next file like it.
CREATE TABLE IF NOT EXISTS import_layout (
    signature   VARCHAR(2000) NOT NULL PRIMARY KEY,
    mapping     VARCHAR(4000) NOT NULL,
    updated_at  TIMESTAMP WITH TIME ZONE NOT NULL
);
