-- Wiedervorlage: the day a case comes back to whoever works on it.
ALTER TABLE cases ADD COLUMN resubmit_on DATE;
