-- Wiedervorlage: the day a case comes back to whoever works on it (ISO date text).
ALTER TABLE cases ADD COLUMN resubmit_on TEXT;

-- When a case was closed, for its processing time (microseconds).
ALTER TABLE cases ADD COLUMN closed_at INTEGER;

-- When an Akte was closed: its retention runs from the end of that year (microseconds).
ALTER TABLE akten ADD COLUMN closed_at INTEGER;
