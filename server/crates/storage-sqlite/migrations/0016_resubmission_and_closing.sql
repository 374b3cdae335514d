-- Wiedervorlage: the day a case comes back to whoever works on it (ISO date text).
ALTER TABLE cases ADD COLUMN resubmit_on TEXT;

-- When a case was closed, for its processing time (microseconds).
ALTER TABLE cases ADD COLUMN closed_at INTEGER;
