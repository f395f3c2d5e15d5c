-- Focusgroepen and evaluaties: three rounds (Wat werkte wel? Wat werkte niet? Hoe kan het beter?) whose answers
-- are kept like check-ins: one per person per question, private or passed if so chosen, emptied with the round
-- texts after the bewaartermijn and on erasure.
-- IF NOT EXISTS: H2 commits DDL at once, so a start killed half-way must be able to run this again.
CREATE TABLE IF NOT EXISTS evaluation_answer (
    id            UUID PRIMARY KEY,
    meeting_id    UUID NOT NULL REFERENCES meeting (id) ON DELETE CASCADE,
    person_id     UUID NOT NULL REFERENCES person (id),
    question      VARCHAR(20) NOT NULL,
    text          VARCHAR(4000),
    private       BOOLEAN NOT NULL DEFAULT FALSE,
    passed        BOOLEAN NOT NULL DEFAULT FALSE,
    created_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    exchanged_at  TIMESTAMP WITH TIME ZONE,
    CONSTRAINT evaluation_answer_once UNIQUE (meeting_id, person_id, question)
);
CREATE INDEX IF NOT EXISTS evaluation_answer_person ON evaluation_answer (person_id);
