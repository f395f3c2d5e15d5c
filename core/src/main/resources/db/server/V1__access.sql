SET LOCAL search_path = public, werkbank_server;

-- Who sees what on the Werkplaats server (issue 22, ADR 0020), enforced by PostgreSQL itself: a coordinator sees
-- everything; a facilitator sees the reference data (organisations, people's names, partnerships, venues, the
-- question library) and only the teams she is a member of, with everything hanging from them. Server-only: the
-- laptops never run this. A laptop table added later needs its line here (ServerAccessTest lists them all).

CREATE TABLE werkbank_server.account (
    login      VARCHAR(63) PRIMARY KEY,
    person_id  UUID REFERENCES public.person (id),
    role       VARCHAR(20) NOT NULL CHECK (role IN ('COORDINATOR', 'FACILITATOR')),
    created_at TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now()
);

DO $$
BEGIN
    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '${coordinatorRole}') THEN
        CREATE ROLE "${coordinatorRole}" NOLOGIN;
    END IF;
    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '${facilitatorRole}') THEN
        CREATE ROLE "${facilitatorRole}" NOLOGIN;
    END IF;
END
$$;

-- The teams of the person logged in: memberships that have not ended. Runs with its owner's rights, so the policy on
-- membership can use it without calling itself.
CREATE FUNCTION werkbank_server.my_teams() RETURNS SETOF UUID LANGUAGE sql STABLE SECURITY DEFINER
    SET search_path = public, werkbank_server AS $$
    SELECT m.team_id FROM membership m JOIN account a ON a.person_id = m.person_id
    WHERE a.login = session_user AND (m.valid_to IS NULL OR m.valid_to >= current_date)
$$;
REVOKE ALL ON FUNCTION werkbank_server.my_teams() FROM PUBLIC;
GRANT USAGE ON SCHEMA werkbank_server TO "${coordinatorRole}", "${facilitatorRole}";
GRANT EXECUTE ON FUNCTION werkbank_server.my_teams() TO "${facilitatorRole}";
GRANT SELECT ON werkbank_server.account TO "${coordinatorRole}";

-- Coordinators: every Werkplaats table. The laptops' own bookkeeping (installation, local secrets, exchange log and
-- conflicts, import batches and layouts) stays on the laptops: nobody gets it here.
GRANT SELECT, INSERT, UPDATE, DELETE ON
    organization, person, affiliation, partnership, venue, team, membership, meeting, attendance, agenda_item,
    visitor_count, organization_visitors, check_in, check_out, evaluation_answer, learning_note, decision,
    decision_session, decision_perspective, decision_alternative, decision_vote, decision_ballot, minority_condition,
    action_item, action_owner, product, product_author, product_team, checkin_question, hour_setting,
    preparation_default, hourly_rate, cash_contribution, hours_statement, tombstone
    TO "${coordinatorRole}";

-- Facilitators: reference data to read and add to (a guest, a new organisation); people without their e-mail.
GRANT SELECT (id, name, function_title, created_at, updated_at, exchanged_at, erased_at),
      INSERT (id, name, function_title, created_at, updated_at, exchanged_at),
      UPDATE (name, function_title, updated_at, exchanged_at) ON person TO "${facilitatorRole}";
GRANT SELECT, INSERT, UPDATE ON organization, affiliation, venue TO "${facilitatorRole}";
GRANT SELECT ON partnership, checkin_question, hour_setting, preparation_default, product, product_author, product_team
    TO "${facilitatorRole}";
GRANT SELECT, INSERT ON tombstone TO "${facilitatorRole}";
-- ... and her teams' records, to read and write, limited row by row below.
GRANT SELECT, INSERT, UPDATE, DELETE ON
    team, membership, meeting, attendance, agenda_item, visitor_count, organization_visitors, check_in, check_out,
    evaluation_answer, learning_note, decision, decision_session, decision_perspective, decision_alternative,
    decision_vote, decision_ballot, minority_condition, action_item, action_owner
    TO "${facilitatorRole}";

-- Row-level security on the team-scoped tables: a coordinator passes every row; a facilitator the rows of her teams.
-- A meeting's records follow the meeting, which is itself limited, so "meeting_id IN (SELECT id FROM meeting)" is
-- the meetings she may see.
DO $$
DECLARE
    scoped CONSTANT TEXT[][] := ARRAY[
        ['team', 'id IN (SELECT werkbank_server.my_teams())'],
        ['membership', 'team_id IN (SELECT werkbank_server.my_teams())'],
        ['meeting', 'team_id IN (SELECT werkbank_server.my_teams())'],
        ['decision', 'team_id IN (SELECT werkbank_server.my_teams())'],
        ['action_item', 'team_id IN (SELECT werkbank_server.my_teams())'],
        ['attendance', 'meeting_id IN (SELECT id FROM meeting)'],
        ['agenda_item', 'meeting_id IN (SELECT id FROM meeting)'],
        ['visitor_count', 'meeting_id IN (SELECT id FROM meeting)'],
        ['organization_visitors', 'meeting_id IN (SELECT id FROM meeting)'],
        ['check_in', 'meeting_id IN (SELECT id FROM meeting)'],
        ['check_out', 'meeting_id IN (SELECT id FROM meeting)'],
        ['evaluation_answer', 'meeting_id IN (SELECT id FROM meeting)'],
        ['learning_note', 'meeting_id IN (SELECT id FROM meeting)'],
        ['decision_session', 'decision_id IN (SELECT id FROM decision)'],
        ['decision_perspective', 'decision_id IN (SELECT id FROM decision)'],
        ['decision_alternative', 'decision_id IN (SELECT id FROM decision)'],
        ['decision_vote', 'decision_id IN (SELECT id FROM decision)'],
        ['minority_condition', 'decision_id IN (SELECT id FROM decision)'],
        ['decision_ballot', 'vote_id IN (SELECT id FROM decision_vote)'],
        ['action_owner', 'action_id IN (SELECT id FROM action_item)']];
    i INT;
BEGIN
    FOR i IN 1 .. array_length(scoped, 1) LOOP
        EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', scoped[i][1]);
        EXECUTE format('CREATE POLICY coordinator_all ON %I TO %I USING (TRUE) WITH CHECK (TRUE)',
                       scoped[i][1], '${coordinatorRole}');
        EXECUTE format('CREATE POLICY facilitator_own_teams ON %I TO %I USING (%s) WITH CHECK (%s)',
                       scoped[i][1], '${facilitatorRole}', scoped[i][2], scoped[i][2]);
    END LOOP;
END
$$;
