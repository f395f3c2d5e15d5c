SET LOCAL search_path = public, werkbank_server;

-- The server's change sequence (ADR 0022): every write to an exchanged table, by a sync or by hand, gets the next
-- number, so a laptop asks "what changed since N" instead of comparing everything. The trigger takes one lock per
-- database until the transaction ends: writers go one at a time, so numbers become visible in the order they were
-- given, and a laptop that has seen N has missed nothing below it. received_at is the server's own clock.
CREATE TABLE werkbank_server.change (
    seq          BIGSERIAL PRIMARY KEY,
    entity       VARCHAR(40) NOT NULL,
    id           UUID NOT NULL,
    received_at  TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT clock_timestamp()
);
CREATE INDEX change_by_entity ON werkbank_server.change (entity, seq);

CREATE FUNCTION werkbank_server.record_change() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER
    SET search_path = public, werkbank_server AS $$
BEGIN
    PERFORM pg_advisory_xact_lock(${changeLock});
    IF TG_OP = 'DELETE' THEN
        INSERT INTO werkbank_server.change (entity, id) VALUES (TG_TABLE_NAME, OLD.id);
    ELSE
        INSERT INTO werkbank_server.change (entity, id) VALUES (TG_TABLE_NAME, NEW.id);
    END IF;
    RETURN NULL;
END
$$;
REVOKE ALL ON FUNCTION werkbank_server.record_change() FROM PUBLIC;

DO $$
DECLARE
    exchanged CONSTANT TEXT[] := ARRAY['person', 'organization', 'partnership', 'affiliation', 'team', 'membership',
        'venue', 'meeting', 'agenda_item', 'attendance', 'visitor_count', 'organization_visitors', 'check_in', 'check_out',
        'evaluation_answer', 'learning_note', 'cash_contribution', 'decision', 'decision_session', 'decision_perspective',
        'decision_alternative', 'decision_vote', 'decision_ballot', 'minority_condition', 'action_item', 'action_owner',
        'product', 'product_team', 'product_author'];
    t TEXT;
BEGIN
    FOREACH t IN ARRAY exchanged LOOP
        EXECUTE format('CREATE TRIGGER record_change AFTER INSERT OR UPDATE OR DELETE ON %I'
                       ' FOR EACH ROW EXECUTE FUNCTION werkbank_server.record_change()', t);
    END LOOP;
END
$$;
-- A deletion travels as its tombstone (entity and id), numbered like any other change.
CREATE TRIGGER record_change AFTER INSERT OR UPDATE ON tombstone
    FOR EACH ROW EXECUTE FUNCTION werkbank_server.record_change();

-- Only numbers, table names and ids: what changed is read from the tables, through their own grants and policies.
GRANT SELECT ON werkbank_server.change TO "${coordinatorRole}", "${facilitatorRole}";
GRANT EXECUTE ON FUNCTION werkbank_server.record_change() TO "${coordinatorRole}", "${facilitatorRole}";
-- A deletion that arrives later than one known moves its time on (INSERT ... ON CONFLICT DO UPDATE).
GRANT UPDATE (deleted_at) ON tombstone TO "${facilitatorRole}";
