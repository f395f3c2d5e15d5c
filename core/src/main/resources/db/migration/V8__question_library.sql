-- The question library becomes editable: check-in and uitcheck questions, the twelve standard ones marked
-- (they cannot be changed, only set aside), and questions set aside are kept but no longer suggested.
-- IF NOT EXISTS: H2 commits DDL at once, so a start killed half-way must be able to run this again.
ALTER TABLE checkin_question ADD COLUMN IF NOT EXISTS kind VARCHAR(20) DEFAULT 'CHECK_IN' NOT NULL;
ALTER TABLE checkin_question ADD COLUMN IF NOT EXISTS standard BOOLEAN DEFAULT FALSE NOT NULL;
ALTER TABLE checkin_question ADD COLUMN IF NOT EXISTS retired BOOLEAN DEFAULT FALSE NOT NULL;
-- Until now the library could not be edited: every row in it is one of the standard questions.
UPDATE checkin_question SET standard = TRUE WHERE kind = 'CHECK_IN' AND position <= 12
    AND NOT EXISTS (SELECT 1 FROM checkin_question q WHERE q.standard);

-- A meeting's own uitcheck question (empty: the standard "Wat neem je mee, en wat is je voornemen?").
ALTER TABLE meeting ADD COLUMN IF NOT EXISTS checkout_question VARCHAR(500);
