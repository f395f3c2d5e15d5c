-- AVG vergetelheid: when a person was erased. The row stays (anonymous) so that attendance lines keep their
-- organisation and hours; an erased person is never brought back by an exchange file. IF NOT EXISTS: safe to run
-- again after a kill half-way (H2 commits DDL at once).
ALTER TABLE person ADD COLUMN IF NOT EXISTS erased_at TIMESTAMP WITH TIME ZONE;
