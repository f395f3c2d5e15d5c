-- Meetings: venues, meetings with agenda, attendance (presentielijst), check-in and closing rounds,
-- headcounts for public meetings, learning notes, the check-in question library and preparation defaults.

CREATE TABLE venue (
    id          UUID PRIMARY KEY,
    name        VARCHAR(200) NOT NULL,
    address     VARCHAR(500),
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at  TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE TABLE meeting (
    id                UUID PRIMARY KEY,
    team_id           UUID REFERENCES team (id),          -- NULL: Werkplaats-wide (e.g. kenniscafé)
    type              VARCHAR(30) NOT NULL,
    title             VARCHAR(200),
    meeting_date      DATE NOT NULL,
    start_time        TIME NOT NULL,
    end_time          TIME NOT NULL,
    mode              VARCHAR(20) NOT NULL,
    venue_id          UUID REFERENCES venue (id),
    goals             VARCHAR(4000),
    checkin_question  VARCHAR(500),
    registrations     INT,
    created_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT meeting_times CHECK (end_time > start_time),
    CONSTRAINT meeting_registrations CHECK (registrations IS NULL OR registrations >= 0)
);
CREATE INDEX meeting_team_date ON meeting (team_id, meeting_date);
CREATE INDEX meeting_date ON meeting (meeting_date);

CREATE TABLE agenda_item (
    id               UUID PRIMARY KEY,
    meeting_id       UUID NOT NULL REFERENCES meeting (id) ON DELETE CASCADE,
    position         INT NOT NULL,
    title            VARCHAR(300) NOT NULL,
    method           VARCHAR(200),
    planned_minutes  INT,
    actual_minutes   INT,
    created_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT agenda_minutes CHECK ((planned_minutes IS NULL OR planned_minutes >= 0)
        AND (actual_minutes IS NULL OR actual_minutes >= 0))
);
CREATE INDEX agenda_item_meeting ON agenda_item (meeting_id, position);

-- One line per person per meeting. organization_id is the organisation represented that day (a copy,
-- so later affiliation edits never move hours that were recorded). Credited meeting time =
-- duration - late_minutes - early_minutes.
CREATE TABLE attendance (
    id                 UUID PRIMARY KEY,
    meeting_id         UUID NOT NULL REFERENCES meeting (id) ON DELETE CASCADE,
    person_id          UUID NOT NULL REFERENCES person (id),
    organization_id    UUID REFERENCES organization (id),
    role               VARCHAR(30),
    status             VARCHAR(20) NOT NULL,
    late_minutes       INT NOT NULL DEFAULT 0,
    early_minutes      INT NOT NULL DEFAULT 0,
    preparation_hours  DECIMAL(5, 2) NOT NULL DEFAULT 0,
    guest              BOOLEAN NOT NULL DEFAULT FALSE,
    created_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT attendance_once UNIQUE (meeting_id, person_id),
    CONSTRAINT attendance_minutes CHECK (late_minutes >= 0 AND early_minutes >= 0),
    CONSTRAINT attendance_preparation CHECK (preparation_hours >= 0)
);
CREATE INDEX attendance_person ON attendance (person_id);

-- Headcount for public meetings: visitors per category, without names.
CREATE TABLE visitor_count (
    id          UUID PRIMARY KEY,
    meeting_id  UUID NOT NULL REFERENCES meeting (id) ON DELETE CASCADE,
    category    VARCHAR(30) NOT NULL,
    visitors    INT NOT NULL,
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT visitor_count_once UNIQUE (meeting_id, category),
    CONSTRAINT visitor_count_positive CHECK (visitors >= 0)
);

CREATE TABLE check_in (
    id          UUID PRIMARY KEY,
    meeting_id  UUID NOT NULL REFERENCES meeting (id) ON DELETE CASCADE,
    person_id   UUID NOT NULL REFERENCES person (id),
    text        VARCHAR(4000),
    energy      INT,
    private     BOOLEAN NOT NULL DEFAULT FALSE,
    passed      BOOLEAN NOT NULL DEFAULT FALSE,
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT check_in_once UNIQUE (meeting_id, person_id),
    CONSTRAINT check_in_energy CHECK (energy IS NULL OR energy BETWEEN 1 AND 5)
);

CREATE TABLE check_out (
    id          UUID PRIMARY KEY,
    meeting_id  UUID NOT NULL REFERENCES meeting (id) ON DELETE CASCADE,
    person_id   UUID NOT NULL REFERENCES person (id),
    takeaway    VARCHAR(4000),
    intention   VARCHAR(2000),
    private     BOOLEAN NOT NULL DEFAULT FALSE,
    passed      BOOLEAN NOT NULL DEFAULT FALSE,
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT check_out_once UNIQUE (meeting_id, person_id)
);

CREATE TABLE learning_note (
    id               UUID PRIMARY KEY,
    meeting_id       UUID NOT NULL REFERENCES meeting (id) ON DELETE CASCADE,
    level            VARCHAR(20) NOT NULL,
    form             VARCHAR(20) NOT NULL,
    text             VARCHAR(4000) NOT NULL,
    organization_id  UUID REFERENCES organization (id),
    created_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at       TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX learning_note_meeting ON learning_note (meeting_id);

-- The check-in question library.
CREATE TABLE checkin_question (
    id          UUID PRIMARY KEY,
    text        VARCHAR(500) NOT NULL,
    position    INT NOT NULL,
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at  TIMESTAMP WITH TIME ZONE NOT NULL
);
INSERT INTO checkin_question (id, text, position, created_at, updated_at) VALUES
 (RANDOM_UUID(), 'Waar kom je vandaan, en wat heb je vandaag nodig?', 1, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP),
 (RANDOM_UUID(), 'Wat houdt je op dit moment bezig in je werk?', 2, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP),
 (RANDOM_UUID(), 'Wat is er sinds de vorige keer gebeurd met je voornemen?', 3, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP),
 (RANDOM_UUID(), 'Met welk gevoel kom je binnen, en wat helpt je om hier te zijn?', 4, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP),
 (RANDOM_UUID(), 'Welke bewoner of cliënt neem je vandaag in gedachten mee?', 5, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP),
 (RANDOM_UUID(), 'Wat wil je vandaag leren of uitproberen?', 6, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP),
 (RANDOM_UUID(), 'Waar ben je deze maand trots op?', 7, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP),
 (RANDOM_UUID(), 'Welke vraag uit je praktijk wil je hier neerleggen?', 8, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP),
 (RANDOM_UUID(), 'Wat zou deze bijeenkomst voor jou de moeite waard maken?', 9, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP),
 (RANDOM_UUID(), 'Wie of wat heeft je onlangs verrast in je werk?', 10, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP),
 (RANDOM_UUID(), 'Waar loop je tegenaan waar dit werkteam je bij kan helpen?', 11, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP),
 (RANDOM_UUID(), 'Wat heb je van een andere organisatie in dit team geleerd?', 12, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP);

-- Default preparation hours per role (Instellingen); copied into an attendance line when it is created.
CREATE TABLE preparation_default (
    role        VARCHAR(30) PRIMARY KEY,
    hours       DECIMAL(5, 2) NOT NULL,
    updated_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT preparation_default_positive CHECK (hours >= 0)
);
INSERT INTO preparation_default (role, hours, updated_at) VALUES
 ('FACILITATOR', 2.00, CURRENT_TIMESTAMP),
 ('TEACHER_RESEARCHER', 1.00, CURRENT_TIMESTAMP),
 ('CORE_MEMBER', 0.50, CURRENT_TIMESTAMP),
 ('MEMBER', 0.00, CURRENT_TIMESTAMP),
 ('STUDENT', 0.00, CURRENT_TIMESTAMP),
 ('RESIDENT', 0.00, CURRENT_TIMESTAMP),
 ('GUEST', 0.00, CURRENT_TIMESTAMP);
