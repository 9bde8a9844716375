-- Whether a transfer lacks texts (issue 12, decision 0520): the domain's rule Transfer.missingTexts,
-- written by the repository with every transfer, so the window's table marks 10.000 transfers without
-- reading their texts (H2 keeps the pages of everything it reads). Rows stored before this migration
-- get it computed once here (TRIM: spaces only); the next save of a transfer writes the domain's verdict.
-- Portable SQL.

ALTER TABLE transfer ADD COLUMN texts_missing BOOLEAN DEFAULT FALSE NOT NULL;

UPDATE transfer SET texts_missing = TRUE WHERE id IN (
    SELECT x.transfer_id FROM transfer_text x JOIN transfer t ON t.id = x.transfer_id
    WHERE TRIM(x.background) = '' OR (t.schedule = 3 AND TRIM(x.consequences) = ''));
