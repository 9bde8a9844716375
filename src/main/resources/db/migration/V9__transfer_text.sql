-- A transfer's three texts in a table of their own (issue 12, decision 0530). H2 keeps a row whole in
-- its compressed pages: reading the amounts of 10.000 transfers decompressed and decoded every text
-- (463 ms against 26 ms for the same columns without the texts), so the sums, `summary` and the
-- window's table read the narrow transfer rows and a transfer's texts are read by its id. One row per
-- transfer; deleted with it. Portable SQL; every constraint named. The texts stay fields of the
-- transfer in the domain and in the audit trail (written by the service's write path).

CREATE TABLE transfer_text (
    transfer_id    BIGINT           NOT NULL,
    background     VARCHAR(1000000) DEFAULT '' NOT NULL,
    consequences   VARCHAR(1000000) DEFAULT '' NOT NULL,
    recommendation VARCHAR(1000000) DEFAULT '' NOT NULL,
    CONSTRAINT pk_transfer_text PRIMARY KEY (transfer_id),
    CONSTRAINT fk_transfer_text_transfer FOREIGN KEY (transfer_id) REFERENCES transfer (id) ON DELETE CASCADE
);

INSERT INTO transfer_text (transfer_id, background, consequences, recommendation)
    SELECT id, background, consequences, recommendation FROM transfer;

-- whether the transfer lacks texts (Transfer.missingTexts in the domain, written with every transfer):
-- the table's marker for 10.000 transfers without reading their texts. For rows migrated here it is
-- computed once in SQL (TRIM: spaces only); the next save of the transfer writes the domain's verdict.
ALTER TABLE transfer ADD COLUMN texts_missing BOOLEAN DEFAULT FALSE NOT NULL;
UPDATE transfer SET texts_missing = TRUE WHERE id IN (
    SELECT x.transfer_id FROM transfer_text x JOIN transfer t ON t.id = x.transfer_id
    WHERE TRIM(x.background) = '' OR (t.schedule = 3 AND TRIM(x.consequences) = ''));

ALTER TABLE transfer DROP COLUMN background;
ALTER TABLE transfer DROP COLUMN consequences;
ALTER TABLE transfer DROP COLUMN recommendation;
