-- Wiedervorlage: the day a case comes back to whoever works on it (ISO date text).
ALTER TABLE cases ADD COLUMN resubmit_on TEXT;
