-- The texts' own table (V9) follows its transfer's round, as commitments and figures do (V8).

ALTER TABLE transfer_text ENABLE ROW LEVEL SECURITY;
CREATE POLICY p_transfer_text_read ON transfer_text FOR SELECT
    USING (overfoersel_may_read_round(overfoersel_round_of_transfer(transfer_id)));
CREATE POLICY p_transfer_text_change ON transfer_text FOR ALL
    USING (overfoersel_may_change_round(overfoersel_round_of_transfer(transfer_id)))
    WITH CHECK (overfoersel_may_change_round(overfoersel_round_of_transfer(transfer_id)));

DO $$
BEGIN
    IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'overfoersel_user') THEN
        GRANT SELECT, INSERT, UPDATE, DELETE ON transfer_text TO overfoersel_user;
    ELSE
        RAISE NOTICE 'role overfoersel_user does not exist: no grants made (docs/postgresql.md)';
    END IF;
END
$$;
