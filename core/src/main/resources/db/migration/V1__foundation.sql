-- Werkbank foundation: organisations, partnerships, people, affiliations, teams, memberships.
-- Every record has a UUID and created/updated timestamps so laptops can exchange data later.
-- Date ranges are inclusive; a NULL valid_to means "still running".

CREATE TABLE installation (
    id          UUID PRIMARY KEY,
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL
);
INSERT INTO installation (id, created_at) VALUES (RANDOM_UUID(), CURRENT_TIMESTAMP);

CREATE TABLE organization (
    id          UUID PRIMARY KEY,
    name        VARCHAR(200) NOT NULL,
    type        VARCHAR(40)  NOT NULL,
    parent_id   UUID REFERENCES organization (id),
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT organization_not_own_parent CHECK (parent_id IS NULL OR parent_id <> id)
);
CREATE INDEX organization_name ON organization (name);

CREATE TABLE partnership (
    id              UUID PRIMARY KEY,
    organization_id UUID NOT NULL REFERENCES organization (id) ON DELETE CASCADE,
    role            VARCHAR(20) NOT NULL,
    valid_from      DATE NOT NULL,
    valid_to        DATE,
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT partnership_dates CHECK (valid_to IS NULL OR valid_to >= valid_from)
);
CREATE INDEX partnership_organization ON partnership (organization_id, valid_from);

CREATE TABLE person (
    id              UUID PRIMARY KEY,
    name            VARCHAR(200) NOT NULL,
    email           VARCHAR(254),
    function_title  VARCHAR(200),
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at      TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX person_name ON person (name);

CREATE TABLE affiliation (
    id              UUID PRIMARY KEY,
    person_id       UUID NOT NULL REFERENCES person (id) ON DELETE CASCADE,
    organization_id UUID NOT NULL REFERENCES organization (id),
    valid_from      DATE NOT NULL,
    valid_to        DATE,
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT affiliation_dates CHECK (valid_to IS NULL OR valid_to >= valid_from)
);
CREATE INDEX affiliation_person ON affiliation (person_id, valid_from);
CREATE INDEX affiliation_organization ON affiliation (organization_id);

CREATE TABLE team (
    id          UUID PRIMARY KEY,
    name        VARCHAR(200) NOT NULL,
    short_name  VARCHAR(20),
    theme       VARCHAR(500),
    period      VARCHAR(50),
    mission     VARCHAR(4000),
    start_date  DATE,
    end_date    DATE,
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT team_dates CHECK (end_date IS NULL OR start_date IS NULL OR end_date >= start_date)
);

CREATE TABLE membership (
    id              UUID PRIMARY KEY,
    team_id         UUID NOT NULL REFERENCES team (id) ON DELETE CASCADE,
    person_id       UUID NOT NULL REFERENCES person (id) ON DELETE CASCADE,
    role            VARCHAR(30) NOT NULL,
    valid_from      DATE NOT NULL,
    valid_to        DATE,
    predecessor_id  UUID REFERENCES membership (id) ON DELETE SET NULL,
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT membership_dates CHECK (valid_to IS NULL OR valid_to >= valid_from)
);
CREATE INDEX membership_team ON membership (team_id, valid_from);
CREATE INDEX membership_person ON membership (person_id);

-- Deleted records, so deletions can travel between laptops (exchange issue).
CREATE TABLE tombstone (
    entity      VARCHAR(40) NOT NULL,
    id          UUID NOT NULL,
    deleted_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (entity, id)
);
