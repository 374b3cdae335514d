-- Applications made for an organisation (the same model as the SQLite backend's ninth
-- migration): the organisation is the legal subject, the draft's account the acting person.

ALTER TABLE drafts ADD COLUMN organisation_id BIGINT REFERENCES organisations (id);

CREATE INDEX drafts_organisation ON drafts (organisation_id) WHERE organisation_id IS NOT NULL;
