-- Sync with a Werkplaats server (issue 22, ADR 0022). These stay on this laptop: where it is in the server's change
-- sequence, and which deletions the server already has. A record is waiting to be sent while its version differs from
-- the version last exchanged (exchanged_at), as for exchange files.
-- IF NOT EXISTS: H2 commits DDL at once, so a start killed half-way must be able to run this again.
CREATE TABLE IF NOT EXISTS sync_state (
    id               INT PRIMARY KEY CHECK (id = 1),
    server_url       VARCHAR(500) NOT NULL,
    login            VARCHAR(63) NOT NULL,
    pulled_seq       BIGINT NOT NULL DEFAULT 0,
    last_sync_at     TIMESTAMP WITH TIME ZONE,
    clock_offset_ms  BIGINT
);

ALTER TABLE tombstone ADD COLUMN IF NOT EXISTS synced BOOLEAN DEFAULT FALSE NOT NULL;
