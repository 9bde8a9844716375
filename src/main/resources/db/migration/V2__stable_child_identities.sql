-- Stable identities for the child rows: commitments and underspend lines are no longer deleted and
-- re-inserted on every save; a save updates a row in place (keeping its id), inserts the new ones and
-- deletes the removed ones. Each child row now carries a version, raised when the row is changed in
-- place, like the round's and the transfer's: the audit trail and (later) the conflict view can tell
-- a row that changed from one that was replaced.
-- Portable SQL (H2 and PostgreSQL); every constraint named.

ALTER TABLE commitment ADD COLUMN version INTEGER DEFAULT 1 NOT NULL;
ALTER TABLE underspend_line ADD COLUMN version INTEGER DEFAULT 1 NOT NULL;

ALTER TABLE commitment ADD CONSTRAINT ck_commitment_version CHECK (version > 0);
ALTER TABLE underspend_line ADD CONSTRAINT ck_underspend_line_version CHECK (version > 0);
