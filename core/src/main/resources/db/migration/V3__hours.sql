-- Hours: travel per attendance line, hour-rule settings, cash contributions, hourly rates, issued statements.

ALTER TABLE attendance ADD COLUMN travel_hours DECIMAL(5, 2) NOT NULL DEFAULT 0;
ALTER TABLE attendance ADD CONSTRAINT attendance_travel CHECK (travel_hours >= 0);

-- Hour-rule settings (one row per key), e.g. whether travel hours count.
CREATE TABLE hour_setting (
    setting     VARCHAR(50) PRIMARY KEY,
    setting_value VARCHAR(200) NOT NULL,
    updated_at  TIMESTAMP WITH TIME ZONE NOT NULL
);
INSERT INTO hour_setting (setting, setting_value, updated_at) VALUES ('travel_included', 'false', CURRENT_TIMESTAMP);

CREATE TABLE cash_contribution (
    id               UUID PRIMARY KEY,
    organization_id  UUID NOT NULL REFERENCES organization (id),
    contribution_date DATE NOT NULL,
    amount           DECIMAL(12, 2) NOT NULL,
    description      VARCHAR(500),
    created_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at       TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX cash_contribution_date ON cash_contribution (contribution_date);

-- Optional hourly rate to express in-kind hours in euros: per organisation, or per organisation type.
CREATE TABLE hourly_rate (
    id                 UUID PRIMARY KEY,
    organization_id    UUID REFERENCES organization (id) ON DELETE CASCADE,
    organization_type  VARCHAR(40),
    rate               DECIMAL(8, 2) NOT NULL,
    created_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT hourly_rate_target CHECK ((organization_id IS NULL) <> (organization_type IS NULL)),
    CONSTRAINT hourly_rate_positive CHECK (rate >= 0)
);

-- An overview as it was issued (sent) to an organisation: frozen content, the rules in force, a version.
CREATE TABLE hours_statement (
    id               UUID PRIMARY KEY,
    organization_id  UUID REFERENCES organization (id),  -- NULL: the Overig statement
    period_from      DATE NOT NULL,
    period_to        DATE NOT NULL,
    version          INT NOT NULL,
    issued_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    rules            VARCHAR(2000) NOT NULL,
    total_hours      DECIMAL(14, 2) NOT NULL,
    total_cash       DECIMAL(14, 2) NOT NULL,
    content          CLOB NOT NULL,
    created_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT hours_statement_version UNIQUE (organization_id, period_from, period_to, version)
);
