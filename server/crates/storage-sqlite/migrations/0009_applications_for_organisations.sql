-- Applications made for an organisation: the organisation is the legal subject, the draft's
-- account the acting person.

ALTER TABLE drafts ADD COLUMN organisation_id INTEGER REFERENCES organisations (id);

CREATE INDEX drafts_organisation ON drafts (organisation_id) WHERE organisation_id IS NOT NULL;
