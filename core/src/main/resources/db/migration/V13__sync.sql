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
    clock_offset_ms  BIGINT,
    -- What waits to be sent is looked for from this version on (by the indexes below), not in whole tables: a sync
    -- every few minutes on an encrypted laptop would otherwise read every record each time. NULL: look everywhere.
    scan_from        TIMESTAMP WITH TIME ZONE,
    full_scan_at     TIMESTAMP WITH TIME ZONE
);

ALTER TABLE tombstone ADD COLUMN IF NOT EXISTS synced BOOLEAN DEFAULT FALSE NOT NULL;

-- The versions changed since a sync, found without reading whole tables (sync_state.scan_from).
CREATE INDEX IF NOT EXISTS sync_person_updated ON person (updated_at);
CREATE INDEX IF NOT EXISTS sync_organization_updated ON organization (updated_at);
CREATE INDEX IF NOT EXISTS sync_partnership_updated ON partnership (updated_at);
CREATE INDEX IF NOT EXISTS sync_affiliation_updated ON affiliation (updated_at);
CREATE INDEX IF NOT EXISTS sync_team_updated ON team (updated_at);
CREATE INDEX IF NOT EXISTS sync_membership_updated ON membership (updated_at);
CREATE INDEX IF NOT EXISTS sync_venue_updated ON venue (updated_at);
CREATE INDEX IF NOT EXISTS sync_meeting_updated ON meeting (updated_at);
CREATE INDEX IF NOT EXISTS sync_agenda_item_updated ON agenda_item (updated_at);
CREATE INDEX IF NOT EXISTS sync_attendance_updated ON attendance (updated_at);
CREATE INDEX IF NOT EXISTS sync_visitor_count_updated ON visitor_count (updated_at);
CREATE INDEX IF NOT EXISTS sync_organization_visitors_updated ON organization_visitors (updated_at);
CREATE INDEX IF NOT EXISTS sync_check_in_updated ON check_in (updated_at);
CREATE INDEX IF NOT EXISTS sync_check_out_updated ON check_out (updated_at);
CREATE INDEX IF NOT EXISTS sync_evaluation_answer_updated ON evaluation_answer (updated_at);
CREATE INDEX IF NOT EXISTS sync_learning_note_updated ON learning_note (updated_at);
CREATE INDEX IF NOT EXISTS sync_cash_contribution_updated ON cash_contribution (updated_at);
CREATE INDEX IF NOT EXISTS sync_decision_updated ON decision (updated_at);
CREATE INDEX IF NOT EXISTS sync_decision_session_updated ON decision_session (updated_at);
CREATE INDEX IF NOT EXISTS sync_decision_perspective_updated ON decision_perspective (updated_at);
CREATE INDEX IF NOT EXISTS sync_decision_alternative_updated ON decision_alternative (updated_at);
CREATE INDEX IF NOT EXISTS sync_decision_vote_updated ON decision_vote (updated_at);
CREATE INDEX IF NOT EXISTS sync_decision_ballot_updated ON decision_ballot (updated_at);
CREATE INDEX IF NOT EXISTS sync_minority_condition_updated ON minority_condition (updated_at);
CREATE INDEX IF NOT EXISTS sync_action_item_updated ON action_item (updated_at);
CREATE INDEX IF NOT EXISTS sync_action_owner_updated ON action_owner (updated_at);
CREATE INDEX IF NOT EXISTS sync_product_updated ON product (updated_at);
CREATE INDEX IF NOT EXISTS sync_product_team_updated ON product_team (updated_at);
CREATE INDEX IF NOT EXISTS sync_product_author_updated ON product_author (updated_at);
