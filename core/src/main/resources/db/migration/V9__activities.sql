-- The content half of the verantwoording: products and publications, who organised a kenniscafé and in what form,
-- the follow-up of learning notes, what a partner committed to, and an organisation's contact person.
-- IF NOT EXISTS everywhere: H2 commits DDL at once, so a start killed half-way must be able to run this again.

-- Producten en publicaties: blogs, podcast episodes, the inspiratiebundel, presentations, ...
CREATE TABLE IF NOT EXISTS product (
    id            UUID PRIMARY KEY,
    type          VARCHAR(30) NOT NULL,
    title         VARCHAR(300) NOT NULL,
    product_date  DATE NOT NULL,
    link          VARCHAR(1000),
    description   VARCHAR(2000),
    created_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    exchanged_at  TIMESTAMP WITH TIME ZONE
);
CREATE INDEX IF NOT EXISTS product_date ON product (product_date);

-- The werkteam(s) a product came from, and its authors.
CREATE TABLE IF NOT EXISTS product_team (
    id            UUID PRIMARY KEY,
    product_id    UUID NOT NULL REFERENCES product (id) ON DELETE CASCADE,
    team_id       UUID NOT NULL REFERENCES team (id) ON DELETE CASCADE,
    created_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    exchanged_at  TIMESTAMP WITH TIME ZONE,
    CONSTRAINT product_team_once UNIQUE (product_id, team_id)
);
CREATE TABLE IF NOT EXISTS product_author (
    id            UUID PRIMARY KEY,
    product_id    UUID NOT NULL REFERENCES product (id) ON DELETE CASCADE,
    person_id     UUID NOT NULL REFERENCES person (id),
    created_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    exchanged_at  TIMESTAMP WITH TIME ZONE,
    CONSTRAINT product_author_once UNIQUE (product_id, person_id)
);
CREATE INDEX IF NOT EXISTS product_author_person ON product_author (person_id);

-- A kenniscafé is organised by a werkteam (each team organises three) in a form: klaslokaal, podium, dialoogtafel, ...
ALTER TABLE meeting ADD COLUMN IF NOT EXISTS organizer_team_id UUID REFERENCES team (id);
ALTER TABLE meeting ADD COLUMN IF NOT EXISTS form VARCHAR(100);

-- Leerregister: where a learning note landed. OPEN, PICKED_UP (opgepakt), EMBEDDED (doorgewerkt).
ALTER TABLE learning_note ADD COLUMN IF NOT EXISTS follow_up VARCHAR(20) DEFAULT 'OPEN' NOT NULL;
ALTER TABLE learning_note ADD COLUMN IF NOT EXISTS follow_up_date DATE;
ALTER TABLE learning_note ADD COLUMN IF NOT EXISTS follow_up_note VARCHAR(1000);

-- What a partner committed to for a partner period: in-kind hours per year and the theme(s) or werkteam(s) chosen.
ALTER TABLE partnership ADD COLUMN IF NOT EXISTS committed_hours DECIMAL(8, 2);
ALTER TABLE partnership ADD COLUMN IF NOT EXISTS themes VARCHAR(500);

-- The organisation's contact person, printed on its own hours file.
ALTER TABLE organization ADD COLUMN IF NOT EXISTS contact_person_id UUID REFERENCES person (id);
