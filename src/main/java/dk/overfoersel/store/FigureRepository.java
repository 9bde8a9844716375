package dk.overfoersel.store;

import static dk.overfoersel.store.jooq.Tables.TRANSFER;
import static dk.overfoersel.store.jooq.Tables.TRANSFER_FIGURE;

import dk.overfoersel.domain.Stored;
import dk.overfoersel.domain.figure.Figure;
import dk.overfoersel.store.jooq.tables.records.TransferFigureRecord;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

/**
 * The figures of transfers (table transfer_figure), in each transfer's order. A figure keeps its id
 * when its image or texts are replaced. Runs inside the caller's transaction. Figures have no
 * version column: {@link Stored#version()} is always 1.
 */
public final class FigureRepository {

    private final DSLContext dsl;

    public FigureRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** The figures of every transfer of the round, by transfer id, each list in order. */
    public Map<Long, List<Stored<Figure>>> listForRound(long roundId) {
        Map<Long, List<Stored<Figure>>> byTransfer = new HashMap<>();
        dsl.select(TRANSFER_FIGURE.fields())
                .from(TRANSFER_FIGURE).join(TRANSFER).on(TRANSFER.ID.eq(TRANSFER_FIGURE.TRANSFER_ID))
                .where(TRANSFER.ROUND_ID.eq(roundId))
                .orderBy(TRANSFER_FIGURE.TRANSFER_ID, TRANSFER_FIGURE.LINE_NO)
                .fetchInto(TRANSFER_FIGURE)
                .forEach(r -> byTransfer.computeIfAbsent(r.getTransferId(), k -> new ArrayList<>()).add(toStored(r)));
        return byTransfer;
    }

    public List<Stored<Figure>> list(long transferId) {
        return dsl.selectFrom(TRANSFER_FIGURE)
                .where(TRANSFER_FIGURE.TRANSFER_ID.eq(transferId))
                .orderBy(TRANSFER_FIGURE.LINE_NO)
                .fetch(FigureRepository::toStored);
    }

    public Optional<Stored<Figure>> load(long figureId) {
        return dsl.selectFrom(TRANSFER_FIGURE).where(TRANSFER_FIGURE.ID.eq(figureId)).fetchOptional(FigureRepository::toStored);
    }

    public Optional<Long> transferOf(long figureId) {
        return dsl.select(TRANSFER_FIGURE.TRANSFER_ID).from(TRANSFER_FIGURE).where(TRANSFER_FIGURE.ID.eq(figureId))
                .fetchOptional(TRANSFER_FIGURE.TRANSFER_ID);
    }

    /** Adds the figure after the transfer's others. */
    public Stored<Figure> insert(long transferId, Figure figure) {
        Integer last = dsl.select(DSL.max(TRANSFER_FIGURE.LINE_NO)).from(TRANSFER_FIGURE)
                .where(TRANSFER_FIGURE.TRANSFER_ID.eq(transferId)).fetchOne(0, Integer.class);
        TransferFigureRecord r = dsl.newRecord(TRANSFER_FIGURE);
        r.setTransferId(transferId);
        r.setLineNo(last == null ? 1 : last + 1);
        copy(figure, r);
        r.store();
        return new Stored<>(r.getId(), 1, figure);
    }

    public void insertAll(long transferId, List<Figure> figures) {
        for (Figure f : figures) {
            insert(transferId, f);
        }
    }

    /** Replaces the figure's name, texts and image in place; false when it does not exist. */
    public boolean update(long figureId, Figure figure) {
        return dsl.update(TRANSFER_FIGURE)
                .set(TRANSFER_FIGURE.NAME, figure.name())
                .set(TRANSFER_FIGURE.CAPTION, figure.caption())
                .set(TRANSFER_FIGURE.ALT_TEXT, figure.altText())
                .set(TRANSFER_FIGURE.SOURCE_NOTE, figure.sourceNote())
                .set(TRANSFER_FIGURE.MEDIA_TYPE, figure.mediaType())
                .set(TRANSFER_FIGURE.DATA, figure.data())
                .where(TRANSFER_FIGURE.ID.eq(figureId))
                .execute() > 0;
    }

    public boolean delete(long figureId) {
        return dsl.deleteFrom(TRANSFER_FIGURE).where(TRANSFER_FIGURE.ID.eq(figureId)).execute() > 0;
    }

    /** Puts the transfer's figures in this order (the ids must be exactly its figures). */
    public void reorder(long transferId, List<Long> figureIds) {
        // first out of the way (negative numbers), so the unique (transfer, line_no) holds at every step
        dsl.update(TRANSFER_FIGURE).set(TRANSFER_FIGURE.LINE_NO, TRANSFER_FIGURE.LINE_NO.neg())
                .where(TRANSFER_FIGURE.TRANSFER_ID.eq(transferId)).execute();
        int no = 1;
        for (Long id : figureIds) {
            dsl.update(TRANSFER_FIGURE).set(TRANSFER_FIGURE.LINE_NO, no++)
                    .where(TRANSFER_FIGURE.ID.eq(id).and(TRANSFER_FIGURE.TRANSFER_ID.eq(transferId))).execute();
        }
    }

    /**
     * Gives the transfer exactly these figures, in this order: a figure whose name is stored keeps its
     * id (updated in place when it differs), new names are inserted, the rest deleted.
     */
    public void sync(long transferId, List<Figure> figures) {
        Map<String, Stored<Figure>> byName = new HashMap<>();
        list(transferId).forEach(s -> byName.put(s.value().name(), s));
        java.util.Set<String> wanted = new java.util.HashSet<>();
        figures.forEach(f -> wanted.add(f.name()));
        for (Stored<Figure> s : byName.values()) {
            if (!wanted.contains(s.value().name())) {
                delete(s.id());
            }
        }
        List<Long> order = new ArrayList<>();
        for (Figure f : figures) {
            Stored<Figure> s = byName.get(f.name());
            if (s == null) {
                order.add(insert(transferId, f).id());
            } else {
                if (!s.value().equals(f)) {
                    update(s.id(), f);
                }
                order.add(s.id());
            }
        }
        reorder(transferId, order);
    }

    private static void copy(Figure f, TransferFigureRecord r) {
        r.setName(f.name());
        r.setCaption(f.caption());
        r.setAltText(f.altText());
        r.setSourceNote(f.sourceNote());
        r.setMediaType(f.mediaType());
        r.setData(f.data());
    }

    private static Stored<Figure> toStored(TransferFigureRecord r) {
        return new Stored<>(r.getId(), 1, new Figure(r.getName(), r.getCaption(), r.getAltText(), r.getMediaType(),
                r.getData(), r.getSourceNote()));
    }
}
