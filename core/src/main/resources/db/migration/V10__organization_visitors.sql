-- Visitors of a public meeting counted under an organisation: colleagues and managers a member brought along.
-- They count as that organisation's in-kind hours when it was a partner on the meeting date (else Overig), while
-- anonymous headcounts (visitor_count) stay Overig. A separate table keeps every key column NOT NULL, so the
-- exchange's unique-key matching (one count per organisation per meeting) needs no special case for NULL.
-- IF NOT EXISTS: H2 commits DDL at once, so a start killed half-way must be able to run this again.
CREATE TABLE IF NOT EXISTS organization_visitors (
    id               UUID PRIMARY KEY,
    meeting_id       UUID NOT NULL REFERENCES meeting (id) ON DELETE CASCADE,
    organization_id  UUID NOT NULL REFERENCES organization (id),
    visitors         INT NOT NULL,
    created_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    exchanged_at     TIMESTAMP WITH TIME ZONE,
    CONSTRAINT organization_visitors_once UNIQUE (meeting_id, organization_id),
    CONSTRAINT organization_visitors_positive CHECK (visitors >= 0)
);
CREATE INDEX IF NOT EXISTS organization_visitors_organization ON organization_visitors (organization_id);
