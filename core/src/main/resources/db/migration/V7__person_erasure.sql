-- AVG vergetelheid: when a person was erased. The row stays (anonymous) so that attendance lines keep their
-- organisation and hours; an erased person is never brought back by an exchange file.
ALTER TABLE person ADD COLUMN erased_at TIMESTAMP WITH TIME ZONE;
