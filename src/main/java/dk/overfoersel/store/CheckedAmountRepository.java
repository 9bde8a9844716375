package dk.overfoersel.store;

import static dk.overfoersel.store.jooq.Tables.CHECKED_AMOUNT;
import static dk.overfoersel.store.jooq.Tables.TRANSFER;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jooq.DSLContext;

/** The amounts a user has marked as checked, per transfer (table checked_amount), in the order marked. */
public final class CheckedAmountRepository {

    private final DSLContext dsl;

    public CheckedAmountRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** By transfer id, for every transfer of the round that has any. */
    public Map<Long, List<String>> listForRound(long roundId) {
        Map<Long, List<String>> byTransfer = new HashMap<>();
        dsl.select(CHECKED_AMOUNT.TRANSFER_ID, CHECKED_AMOUNT.AMOUNT_TEXT)
                .from(CHECKED_AMOUNT).join(TRANSFER).on(TRANSFER.ID.eq(CHECKED_AMOUNT.TRANSFER_ID))
                .where(TRANSFER.ROUND_ID.eq(roundId))
                .orderBy(CHECKED_AMOUNT.TRANSFER_ID, CHECKED_AMOUNT.ID)
                .forEach(r -> byTransfer.computeIfAbsent(r.value1(), k -> new ArrayList<>()).add(r.value2()));
        return byTransfer;
    }

    public List<String> list(long transferId) {
        return dsl.select(CHECKED_AMOUNT.AMOUNT_TEXT).from(CHECKED_AMOUNT)
                .where(CHECKED_AMOUNT.TRANSFER_ID.eq(transferId))
                .orderBy(CHECKED_AMOUNT.ID)
                .fetch(CHECKED_AMOUNT.AMOUNT_TEXT);
    }

    /** Adds the amount (canonical form) unless it is there; true when added. */
    public boolean add(long transferId, String amount) {
        if (dsl.fetchExists(CHECKED_AMOUNT, CHECKED_AMOUNT.TRANSFER_ID.eq(transferId).and(CHECKED_AMOUNT.AMOUNT_TEXT.eq(amount)))) {
            return false;
        }
        dsl.insertInto(CHECKED_AMOUNT, CHECKED_AMOUNT.TRANSFER_ID, CHECKED_AMOUNT.AMOUNT_TEXT).values(transferId, amount).execute();
        return true;
    }

    public void addAll(long transferId, List<String> amounts) {
        for (String a : amounts) {
            add(transferId, a);
        }
    }

    /** Gives the transfer exactly these checked amounts, in this order. */
    public void sync(long transferId, List<String> amounts) {
        if (!list(transferId).equals(amounts)) {
            dsl.deleteFrom(CHECKED_AMOUNT).where(CHECKED_AMOUNT.TRANSFER_ID.eq(transferId)).execute();
            addAll(transferId, amounts);
        }
    }

    public boolean remove(long transferId, String amount) {
        return dsl.deleteFrom(CHECKED_AMOUNT)
                .where(CHECKED_AMOUNT.TRANSFER_ID.eq(transferId).and(CHECKED_AMOUNT.AMOUNT_TEXT.eq(amount)))
                .execute() > 0;
    }
}
