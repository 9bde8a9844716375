package dk.overfoersel.store.access;

import static dk.overfoersel.store.jooq.Tables.ADMINISTRATION_GROUP;

import dk.overfoersel.domain.Stored;
import dk.overfoersel.domain.access.AdministrationGroup;
import dk.overfoersel.store.jooq.tables.records.AdministrationGroupRecord;
import java.util.List;
import java.util.Optional;
import org.jooq.DSLContext;

/** The administration → PostgreSQL group mapping (table administration_group), read by the row-level security. */
public final class AdministrationGroupRepository {

    private final DSLContext dsl;

    public AdministrationGroupRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    public List<Stored<AdministrationGroup>> list() {
        return dsl.selectFrom(ADMINISTRATION_GROUP).orderBy(ADMINISTRATION_GROUP.ADMINISTRATION)
                .fetch(AdministrationGroupRepository::toStored);
    }

    public Optional<Stored<AdministrationGroup>> find(String administration) {
        return dsl.selectFrom(ADMINISTRATION_GROUP).where(ADMINISTRATION_GROUP.ADMINISTRATION.eq(administration))
                .fetchOptional(AdministrationGroupRepository::toStored);
    }

    /** Inserts or updates the administration's mapping; its id. */
    public long put(AdministrationGroup mapping) {
        AdministrationGroupRecord row = dsl.selectFrom(ADMINISTRATION_GROUP)
                .where(ADMINISTRATION_GROUP.ADMINISTRATION.eq(mapping.administration())).fetchOne();
        if (row == null) {
            row = dsl.newRecord(ADMINISTRATION_GROUP);
            row.setAdministration(mapping.administration());
        }
        row.setGroupName(mapping.groupName());
        row.setReadsAll(mapping.readsAll());
        row.store();
        return row.getId();
    }

    public boolean delete(String administration) {
        return dsl.deleteFrom(ADMINISTRATION_GROUP).where(ADMINISTRATION_GROUP.ADMINISTRATION.eq(administration)).execute() > 0;
    }

    private static Stored<AdministrationGroup> toStored(AdministrationGroupRecord r) {
        return new Stored<>(r.getId(), r.getVersion(),
                new AdministrationGroup(r.getAdministration(), r.getGroupName(), r.getReadsAll()));
    }
}
