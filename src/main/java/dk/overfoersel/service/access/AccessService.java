package dk.overfoersel.service.access;

import dk.overfoersel.domain.Stored;
import dk.overfoersel.domain.access.AdministrationGroup;
import dk.overfoersel.service.audit.AuditKey;
import dk.overfoersel.service.note.Transaction;
import dk.overfoersel.store.access.AdministrationGroupRepository;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Who may change what on a PostgreSQL server: the administration → group mapping (docs/postgresql.md).
 * Its writes pass through the one write path, so they are in the audit trail. Only the owner role may
 * change the mapping (the program's users are granted reading only).
 */
public final class AccessService {

    static final String ENTITY = "administration_group";

    private final Transaction.Reader reader;
    private final Transaction.Writer writer;

    public AccessService(Transaction.Reader reader, Transaction.Writer writer) {
        this.reader = reader;
        this.writer = writer;
    }

    public List<Stored<AdministrationGroup>> list() {
        return reader.run(dsl -> new AdministrationGroupRepository(dsl).list());
    }

    /** Maps the administration to the group (replacing an earlier mapping); the mapping's id. */
    public long map(AdministrationGroup mapping) {
        return writer.run("mapAdministration", (dsl, audit) -> {
            AdministrationGroupRepository repository = new AdministrationGroupRepository(dsl);
            Map<String, String> before = repository.find(mapping.administration()).map(s -> fields(s.value())).orElse(null);
            long id = repository.put(mapping);
            audit.changes(new AuditKey(ENTITY, id, null, null, null), before, fields(mapping));
            return id;
        });
    }

    private static Map<String, String> fields(AdministrationGroup g) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("administration", g.administration());
        fields.put("groupName", g.groupName());
        fields.put("readsAll", String.valueOf(g.readsAll()));
        return fields;
    }
}
