package dk.overfoersel.service.note;

import dk.overfoersel.domain.Stored;
import dk.overfoersel.domain.Texts;
import dk.overfoersel.domain.note.BudgetNote;
import dk.overfoersel.domain.note.NoteInfo;
import dk.overfoersel.service.UseCaseException;
import dk.overfoersel.store.note.NoteRepository;
import dk.overfoersel.service.audit.Audit;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.jooq.DSLContext;

/**
 * The use cases on budget notes. Every method is one transaction; all changes pass through
 * {@link #write}, which hands them to the case service's one write path: each change is recorded in
 * the audit trail ({@link NoteAudit}) in the same transaction, and the backups that listen there see it.
 */
public final class NoteService {

    private static final String IMPORT = dk.overfoersel.service.audit.AuditFields.IMPORT;
    private static final String DELETED = dk.overfoersel.service.audit.AuditFields.DELETED;

    private final Transaction.Reader reader;
    private final Transaction.Writer writer;

    public NoteService(Transaction.Reader reader, Transaction.Writer writer) {
        this.reader = reader;
        this.writer = writer;
    }

    public List<NoteInfo> notes() {
        return read(dsl -> new NoteRepository(dsl).list());
    }

    /** The note asked for, or the only one there is. */
    public long resolveNote(Long requested) {
        return read(dsl -> {
            NoteRepository notes = new NoteRepository(dsl);
            if (requested != null) {
                if (!notes.exists(requested)) {
                    throw new UseCaseException(Texts.get("note.service.notFound", String.valueOf(requested)));
                }
                return requested;
            }
            List<NoteInfo> all = notes.list();
            if (all.isEmpty()) {
                throw new UseCaseException(Texts.get("note.service.none"));
            }
            if (all.size() > 1) {
                throw new UseCaseException(Texts.get("note.service.several", String.valueOf(all.size())));
            }
            return all.get(0).id();
        });
    }

    public Stored<BudgetNote> open(long id) {
        return read(dsl -> new NoteRepository(dsl).load(id)
                .orElseThrow(() -> new UseCaseException(Texts.get("note.service.notFound", String.valueOf(id)))));
    }

    public BudgetNote load(long id) {
        return open(id).value();
    }

    /**
     * Stores a note. One with the same administration, price level and code is an error, unless
     * {@code replace}: then that note keeps its id and gets the new content.
     */
    public long importNote(BudgetNote note, boolean replace) {
        return write("importNote", (dsl, audit) -> {
            NoteRepository notes = new NoteRepository(dsl);
            var existing = notes.findId(note.administration(), note.priceLevel(), note.code());
            if (existing.isEmpty()) {
                long id = notes.insert(note);
                audit.event(NoteAudit.key(id), IMPORT, null, NoteAudit.describe(note));
                return id;
            }
            if (!replace) {
                throw new UseCaseException(Texts.get("note.service.exists", note.code(), String.valueOf(note.priceLevel()),
                        String.valueOf(existing.get())));
            }
            long id = existing.get();
            var before = notes.load(id).orElseThrow();
            notes.update(id, before.version(), note);
            audit.event(NoteAudit.key(id), IMPORT, NoteAudit.describe(before.value()), NoteAudit.describe(note));
            return id;
        });
    }

    /** Saves an edited note if nobody changed it meanwhile; returns the new version. */
    public int update(long id, int expectedVersion, BudgetNote note) {
        return write("updateNote", (dsl, audit) -> {
            NoteRepository notes = new NoteRepository(dsl);
            var other = notes.findId(note.administration(), note.priceLevel(), note.code());
            if (other.isPresent() && other.get() != id) {
                throw new UseCaseException(Texts.get("note.service.exists", note.code(), String.valueOf(note.priceLevel()),
                        String.valueOf(other.get())));
            }
            var before = notes.load(id)
                    .orElseThrow(() -> new UseCaseException(Texts.get("note.service.notFound", String.valueOf(id))));
            int version = notes.update(id, expectedVersion, note);
            audit.changes(NoteAudit.key(id), NoteAudit.fields(before.value()), NoteAudit.fields(note));
            return version;
        });
    }

    public boolean delete(long id) {
        return write("deleteNote", (dsl, audit) -> {
            NoteRepository notes = new NoteRepository(dsl);
            var before = notes.load(id);
            if (before.isEmpty()) {
                return false;
            }
            audit.event(NoteAudit.key(id), DELETED, NoteAudit.describe(before.get().value()), null);
            return notes.delete(id);
        });
    }

    private <T> T read(Function<DSLContext, T> work) {
        return reader.run(work);
    }

    /** The one place where notes are changed: the case service's audited write path. */
    private <T> T write(String useCase, BiFunction<DSLContext, Audit, T> work) {
        return writer.run(useCase, work);
    }
}
