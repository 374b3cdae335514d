-- Wiedervorlage: the day a case comes back to whoever works on it.
ALTER TABLE cases ADD COLUMN resubmit_on DATE;

-- When a case was closed, for its processing time.
ALTER TABLE cases ADD COLUMN closed_at TIMESTAMPTZ;

-- When an Akte was closed: its retention runs from the end of that year.
ALTER TABLE akten ADD COLUMN closed_at TIMESTAMPTZ;
