-- Deep Democracy decisions (with every step, round by round) and actions.

-- A decision is raised in one meeting and may be resumed in later meetings of the same team
-- (decision_session lists every meeting it was worked on). round counts the dialogue rounds:
-- "no majority -> back to the perspectives" starts the next round.
CREATE TABLE decision (
    id           UUID PRIMARY KEY,
    meeting_id   UUID NOT NULL REFERENCES meeting (id) ON DELETE CASCADE,
    team_id      UUID REFERENCES team (id),
    question     VARCHAR(2000) NOT NULL,
    round        INT NOT NULL DEFAULT 1,
    final_text   VARCHAR(4000),
    support      VARCHAR(20),
    status       VARCHAR(20) NOT NULL,
    show_names   BOOLEAN NOT NULL DEFAULT FALSE,
    created_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT decision_round CHECK (round >= 1)
);
CREATE INDEX decision_team ON decision (team_id, status);

CREATE TABLE decision_session (
    id           UUID PRIMARY KEY,
    decision_id  UUID NOT NULL REFERENCES decision (id) ON DELETE CASCADE,
    meeting_id   UUID NOT NULL REFERENCES meeting (id) ON DELETE CASCADE,
    round        INT NOT NULL,
    created_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT decision_session_once UNIQUE (decision_id, meeting_id)
);

-- Step 2: alle standpunten ophalen.
CREATE TABLE decision_perspective (
    id           UUID PRIMARY KEY,
    decision_id  UUID NOT NULL REFERENCES decision (id) ON DELETE CASCADE,
    meeting_id   UUID NOT NULL REFERENCES meeting (id) ON DELETE CASCADE,
    round        INT NOT NULL,
    text         VARCHAR(1000) NOT NULL,
    valence      VARCHAR(10) NOT NULL,
    other_voice  BOOLEAN NOT NULL DEFAULT FALSE,
    person_id    UUID REFERENCES person (id),
    created_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at   TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX decision_perspective_decision ON decision_perspective (decision_id);

-- Steps 3 and 4: the no's / alternatives with their reasons, and how many recognise each.
CREATE TABLE decision_alternative (
    id           UUID PRIMARY KEY,
    decision_id  UUID NOT NULL REFERENCES decision (id) ON DELETE CASCADE,
    meeting_id   UUID NOT NULL REFERENCES meeting (id) ON DELETE CASCADE,
    round        INT NOT NULL,
    text         VARCHAR(1000) NOT NULL,
    reason       VARCHAR(2000),
    recognised   INT,
    notes        VARCHAR(2000),
    created_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT decision_alternative_recognised CHECK (recognised IS NULL OR recognised >= 0)
);
CREATE INDEX decision_alternative_decision ON decision_alternative (decision_id);

-- Step 5: a vote on one option; entitled is the number present when it was taken.
CREATE TABLE decision_vote (
    id             UUID PRIMARY KEY,
    decision_id    UUID NOT NULL REFERENCES decision (id) ON DELETE CASCADE,
    meeting_id     UUID NOT NULL REFERENCES meeting (id) ON DELETE CASCADE,
    round          INT NOT NULL,
    option_text    VARCHAR(1000),
    votes_for      INT NOT NULL DEFAULT 0,
    votes_against  INT NOT NULL DEFAULT 0,
    abstentions    INT NOT NULL DEFAULT 0,
    entitled       INT NOT NULL,
    per_person     BOOLEAN NOT NULL DEFAULT FALSE,
    created_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT decision_vote_counts CHECK (votes_for >= 0 AND votes_against >= 0 AND abstentions >= 0
        AND votes_for + votes_against + abstentions <= entitled)
);
CREATE INDEX decision_vote_decision ON decision_vote (decision_id);

-- A vote per present person (when the facilitator records names); the counts above follow from these.
CREATE TABLE decision_ballot (
    id          UUID PRIMARY KEY,
    vote_id     UUID NOT NULL REFERENCES decision_vote (id) ON DELETE CASCADE,
    person_id   UUID NOT NULL REFERENCES person (id),
    choice      VARCHAR(10) NOT NULL,
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT decision_ballot_once UNIQUE (vote_id, person_id)
);

-- Step 6: wijsheid van de minderheid. What the minority needs to go along, and the majority's answer.
CREATE TABLE minority_condition (
    id           UUID PRIMARY KEY,
    decision_id  UUID NOT NULL REFERENCES decision (id) ON DELETE CASCADE,
    meeting_id   UUID NOT NULL REFERENCES meeting (id) ON DELETE CASCADE,
    text         VARCHAR(1000) NOT NULL,
    answer       VARCHAR(20),
    answer_note  VARCHAR(2000),
    created_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at   TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX minority_condition_decision ON minority_condition (decision_id);

-- Actions (taken). The source is the meeting, and where it came from a decision or a minority condition,
-- that too.
CREATE TABLE action_item (
    id            UUID PRIMARY KEY,
    team_id       UUID REFERENCES team (id),
    meeting_id    UUID REFERENCES meeting (id) ON DELETE CASCADE,
    decision_id   UUID REFERENCES decision (id) ON DELETE CASCADE,
    condition_id  UUID REFERENCES minority_condition (id) ON DELETE CASCADE,
    description   VARCHAR(1000) NOT NULL,
    due_date      DATE,
    status        VARCHAR(20) NOT NULL,
    created_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at    TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX action_item_team ON action_item (team_id, status);
CREATE INDEX action_item_meeting ON action_item (meeting_id);

CREATE TABLE action_owner (
    id          UUID PRIMARY KEY,
    action_id   UUID NOT NULL REFERENCES action_item (id) ON DELETE CASCADE,
    person_id   UUID NOT NULL REFERENCES person (id),
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT action_owner_once UNIQUE (action_id, person_id)
);
