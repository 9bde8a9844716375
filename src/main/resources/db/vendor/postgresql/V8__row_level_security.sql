-- Row-level security (PostgreSQL only, issue 9; docs/postgresql.md). Run by the owner role, which owns
-- the tables and so is not bound by these policies; the program's users are members of the role
-- overfoersel_user (created by IT beforehand) and of their administration's group (administration_group).
--   read:   members of the row's administration group, and of a group with reads_all (finance);
--   change: members of the row's administration group only.
-- Child rows follow their round or note. The audit trail can be added to by every user and read where
-- its round can be read (history of a deleted round: the owner role only).

CREATE FUNCTION overfoersel_may_change(adm VARCHAR) RETURNS BOOLEAN
    LANGUAGE sql STABLE AS $$
    SELECT EXISTS (SELECT 1 FROM administration_group g JOIN pg_roles r ON r.rolname = g.group_name
                   WHERE g.administration = adm AND pg_has_role(current_user, r.oid, 'MEMBER'))
$$;

CREATE FUNCTION overfoersel_may_read(adm VARCHAR) RETURNS BOOLEAN
    LANGUAGE sql STABLE AS $$
    SELECT overfoersel_may_change(adm)
        OR EXISTS (SELECT 1 FROM administration_group g JOIN pg_roles r ON r.rolname = g.group_name
                   WHERE g.reads_all AND pg_has_role(current_user, r.oid, 'MEMBER'))
$$;

CREATE FUNCTION overfoersel_may_change_round(rid BIGINT) RETURNS BOOLEAN
    LANGUAGE sql STABLE AS $$
    SELECT EXISTS (SELECT 1 FROM round r WHERE r.id = rid AND overfoersel_may_change(r.administration))
$$;

CREATE FUNCTION overfoersel_may_read_round(rid BIGINT) RETURNS BOOLEAN
    LANGUAGE sql STABLE AS $$
    SELECT EXISTS (SELECT 1 FROM round r WHERE r.id = rid AND overfoersel_may_read(r.administration))
$$;

CREATE FUNCTION overfoersel_round_of_transfer(tid BIGINT) RETURNS BIGINT
    LANGUAGE sql STABLE AS $$ SELECT t.round_id FROM transfer t WHERE t.id = tid $$;

CREATE FUNCTION overfoersel_note_administration(nid BIGINT) RETURNS VARCHAR
    LANGUAGE sql STABLE AS $$ SELECT n.administration FROM budget_note n WHERE n.id = nid $$;

CREATE FUNCTION overfoersel_note_of_table(tid BIGINT) RETURNS BIGINT
    LANGUAGE sql STABLE AS $$ SELECT t.note_id FROM note_table t WHERE t.id = tid $$;

CREATE FUNCTION overfoersel_note_of_row(rid BIGINT) RETURNS BIGINT
    LANGUAGE sql STABLE AS $$
    SELECT t.note_id FROM note_row r JOIN note_table t ON t.id = r.table_id WHERE r.id = rid
$$;

-- rounds and their child rows
ALTER TABLE round ENABLE ROW LEVEL SECURITY;
CREATE POLICY p_round_read ON round FOR SELECT USING (overfoersel_may_read(administration));
CREATE POLICY p_round_change ON round FOR ALL
    USING (overfoersel_may_change(administration)) WITH CHECK (overfoersel_may_change(administration));

ALTER TABLE underspend_line ENABLE ROW LEVEL SECURITY;
CREATE POLICY p_underspend_line_read ON underspend_line FOR SELECT USING (overfoersel_may_read_round(round_id));
CREATE POLICY p_underspend_line_change ON underspend_line FOR ALL
    USING (overfoersel_may_change_round(round_id)) WITH CHECK (overfoersel_may_change_round(round_id));

ALTER TABLE transfer ENABLE ROW LEVEL SECURITY;
CREATE POLICY p_transfer_read ON transfer FOR SELECT USING (overfoersel_may_read_round(round_id));
CREATE POLICY p_transfer_change ON transfer FOR ALL
    USING (overfoersel_may_change_round(round_id)) WITH CHECK (overfoersel_may_change_round(round_id));

ALTER TABLE commitment ENABLE ROW LEVEL SECURITY;
CREATE POLICY p_commitment_read ON commitment FOR SELECT
    USING (overfoersel_may_read_round(overfoersel_round_of_transfer(transfer_id)));
CREATE POLICY p_commitment_change ON commitment FOR ALL
    USING (overfoersel_may_change_round(overfoersel_round_of_transfer(transfer_id)))
    WITH CHECK (overfoersel_may_change_round(overfoersel_round_of_transfer(transfer_id)));

ALTER TABLE transfer_figure ENABLE ROW LEVEL SECURITY;
CREATE POLICY p_transfer_figure_read ON transfer_figure FOR SELECT
    USING (overfoersel_may_read_round(overfoersel_round_of_transfer(transfer_id)));
CREATE POLICY p_transfer_figure_change ON transfer_figure FOR ALL
    USING (overfoersel_may_change_round(overfoersel_round_of_transfer(transfer_id)))
    WITH CHECK (overfoersel_may_change_round(overfoersel_round_of_transfer(transfer_id)));

ALTER TABLE checked_amount ENABLE ROW LEVEL SECURITY;
CREATE POLICY p_checked_amount_read ON checked_amount FOR SELECT
    USING (overfoersel_may_read_round(overfoersel_round_of_transfer(transfer_id)));
CREATE POLICY p_checked_amount_change ON checked_amount FOR ALL
    USING (overfoersel_may_change_round(overfoersel_round_of_transfer(transfer_id)))
    WITH CHECK (overfoersel_may_change_round(overfoersel_round_of_transfer(transfer_id)));

-- budget notes and their child rows
ALTER TABLE budget_note ENABLE ROW LEVEL SECURITY;
CREATE POLICY p_budget_note_read ON budget_note FOR SELECT USING (overfoersel_may_read(administration));
CREATE POLICY p_budget_note_change ON budget_note FOR ALL
    USING (overfoersel_may_change(administration)) WITH CHECK (overfoersel_may_change(administration));

ALTER TABLE note_section ENABLE ROW LEVEL SECURITY;
CREATE POLICY p_note_section_read ON note_section FOR SELECT
    USING (overfoersel_may_read(overfoersel_note_administration(note_id)));
CREATE POLICY p_note_section_change ON note_section FOR ALL
    USING (overfoersel_may_change(overfoersel_note_administration(note_id)))
    WITH CHECK (overfoersel_may_change(overfoersel_note_administration(note_id)));

ALTER TABLE note_activity ENABLE ROW LEVEL SECURITY;
CREATE POLICY p_note_activity_read ON note_activity FOR SELECT
    USING (overfoersel_may_read(overfoersel_note_administration(note_id)));
CREATE POLICY p_note_activity_change ON note_activity FOR ALL
    USING (overfoersel_may_change(overfoersel_note_administration(note_id)))
    WITH CHECK (overfoersel_may_change(overfoersel_note_administration(note_id)));

ALTER TABLE note_table ENABLE ROW LEVEL SECURITY;
CREATE POLICY p_note_table_read ON note_table FOR SELECT
    USING (overfoersel_may_read(overfoersel_note_administration(note_id)));
CREATE POLICY p_note_table_change ON note_table FOR ALL
    USING (overfoersel_may_change(overfoersel_note_administration(note_id)))
    WITH CHECK (overfoersel_may_change(overfoersel_note_administration(note_id)));

ALTER TABLE note_table_year ENABLE ROW LEVEL SECURITY;
CREATE POLICY p_note_table_year_read ON note_table_year FOR SELECT
    USING (overfoersel_may_read(overfoersel_note_administration(overfoersel_note_of_table(table_id))));
CREATE POLICY p_note_table_year_change ON note_table_year FOR ALL
    USING (overfoersel_may_change(overfoersel_note_administration(overfoersel_note_of_table(table_id))))
    WITH CHECK (overfoersel_may_change(overfoersel_note_administration(overfoersel_note_of_table(table_id))));

ALTER TABLE note_row ENABLE ROW LEVEL SECURITY;
CREATE POLICY p_note_row_read ON note_row FOR SELECT
    USING (overfoersel_may_read(overfoersel_note_administration(overfoersel_note_of_table(table_id))));
CREATE POLICY p_note_row_change ON note_row FOR ALL
    USING (overfoersel_may_change(overfoersel_note_administration(overfoersel_note_of_table(table_id))))
    WITH CHECK (overfoersel_may_change(overfoersel_note_administration(overfoersel_note_of_table(table_id))));

ALTER TABLE note_stated_total ENABLE ROW LEVEL SECURITY;
CREATE POLICY p_note_stated_total_read ON note_stated_total FOR SELECT
    USING (overfoersel_may_read(overfoersel_note_administration(overfoersel_note_of_table(table_id))));
CREATE POLICY p_note_stated_total_change ON note_stated_total FOR ALL
    USING (overfoersel_may_change(overfoersel_note_administration(overfoersel_note_of_table(table_id))))
    WITH CHECK (overfoersel_may_change(overfoersel_note_administration(overfoersel_note_of_table(table_id))));

ALTER TABLE note_amount ENABLE ROW LEVEL SECURITY;
CREATE POLICY p_note_amount_read ON note_amount FOR SELECT
    USING (overfoersel_may_read(overfoersel_note_administration(overfoersel_note_of_row(row_id))));
CREATE POLICY p_note_amount_change ON note_amount FOR ALL
    USING (overfoersel_may_change(overfoersel_note_administration(overfoersel_note_of_row(row_id))))
    WITH CHECK (overfoersel_may_change(overfoersel_note_administration(overfoersel_note_of_row(row_id))));

-- the audit trail: anyone adds, reads where the round can be read (note entries have no round)
ALTER TABLE audit_entry ENABLE ROW LEVEL SECURITY;
CREATE POLICY p_audit_entry_add ON audit_entry FOR INSERT WITH CHECK (true);
CREATE POLICY p_audit_entry_read ON audit_entry FOR SELECT
    USING (round_id IS NULL OR overfoersel_may_read_round(round_id));

-- the program's users (role overfoersel_user, made by IT; see docs/postgresql.md)
DO $$
BEGIN
    IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'overfoersel_user') THEN
        EXECUTE 'GRANT USAGE ON SCHEMA ' || quote_ident(current_schema()) || ' TO overfoersel_user';
        GRANT SELECT, INSERT, UPDATE, DELETE ON round, underspend_line, transfer, commitment, transfer_figure,
            checked_amount, budget_note, note_section, note_activity, note_table, note_table_year, note_row,
            note_amount, note_stated_total TO overfoersel_user;
        GRANT SELECT, INSERT ON audit_entry TO overfoersel_user;
        GRANT SELECT ON administration_group, flyway_schema_history TO overfoersel_user;
        EXECUTE 'GRANT USAGE ON ALL SEQUENCES IN SCHEMA ' || quote_ident(current_schema()) || ' TO overfoersel_user';
    ELSE
        RAISE NOTICE 'role overfoersel_user does not exist: no grants made (docs/postgresql.md)';
    END IF;
END
$$;
