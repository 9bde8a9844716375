package dk.overfoersel.domain;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * The running sum of a round, kept incrementally.
 *
 * <ul>
 *   <li>net underspend = Σ underspend lines; early total = Σ early parts;
 *       ceiling = net underspend + early total</li>
 *   <li>requested total = Σ transfer amounts; headroom = ceiling − requested total</li>
 *   <li>Skema 3 at risk = Σ uncommitted over schedule-3 transfers</li>
 * </ul>
 *
 * {@link #put(TransferFigures)} and {@link #remove(int)} adjust the totals by the difference
 * the one transfer makes: they neither rescan the other transfers nor touch the database.
 * Not thread-safe: one owner (a service or a view model) updates it.
 */
public final class RunningSum {

    private final Map<Integer, TransferFigures> byNumber = new HashMap<>();
    private final TreeSet<Integer> exceeding = new TreeSet<>();
    private long netUnderspend;
    private long earlyTotal;
    private long requestedTotal;
    private long skema3AtRisk;

    public static RunningSum of(TransferCase transferCase) {
        RunningSum sum = new RunningSum();
        sum.setUnderspend(transferCase.round().netUnderspend());
        for (Transfer t : transferCase.transfers()) {
            sum.put(t.figures());
        }
        return sum;
    }

    public void setUnderspend(Money net) {
        netUnderspend = net.oere();
    }

    /** Adds a transfer or replaces the one with the same number. */
    public void put(TransferFigures figures) {
        TransferFigures old = byNumber.put(figures.number(), figures);
        if (old != null) {
            subtract(old);
        }
        add(figures);
    }

    /** Removes the transfer with this number, if present. */
    public void remove(int number) {
        TransferFigures old = byNumber.remove(number);
        if (old != null) {
            subtract(old);
        }
    }

    /** Renumbering: the transfer {@code oldNumber} becomes {@code figures}. */
    public void replace(int oldNumber, TransferFigures figures) {
        remove(oldNumber);
        put(figures);
    }

    private void add(TransferFigures f) {
        earlyTotal = Math.addExact(earlyTotal, f.earlyApproved().oere());
        requestedTotal = Math.addExact(requestedTotal, f.amount().oere());
        skema3AtRisk = Math.addExact(skema3AtRisk, f.atRisk().oere());
        if (f.commitmentsExceedAmount()) {
            exceeding.add(f.number());
        }
    }

    private void subtract(TransferFigures f) {
        earlyTotal = Math.subtractExact(earlyTotal, f.earlyApproved().oere());
        requestedTotal = Math.subtractExact(requestedTotal, f.amount().oere());
        skema3AtRisk = Math.subtractExact(skema3AtRisk, f.atRisk().oere());
        exceeding.remove(f.number());
    }

    public Money netUnderspend() {
        return Money.ofOere(netUnderspend);
    }

    public Money earlyTotal() {
        return Money.ofOere(earlyTotal);
    }

    public Money ceiling() {
        return Money.ofOere(Math.addExact(netUnderspend, earlyTotal));
    }

    public Money requestedTotal() {
        return Money.ofOere(requestedTotal);
    }

    public Money headroom() {
        return ceiling().minus(requestedTotal());
    }

    public Money skema3AtRisk() {
        return Money.ofOere(skema3AtRisk);
    }

    public int size() {
        return byNumber.size();
    }

    public TransferFigures figures(int number) {
        return byNumber.get(number);
    }

    public boolean overCeiling() {
        return headroom().isNegative();
    }

    /** Numbers of the transfers whose commitments exceed their amount, ascending (a live, read-only view). */
    public java.util.SortedSet<Integer> exceedingTransfers() {
        return java.util.Collections.unmodifiableSortedSet(exceeding);
    }

    /** How many warnings {@link #warnings()} would give, without building their texts. */
    public int warningCount() {
        return exceeding.size() + (overCeiling() ? 1 : 0);
    }

    /** The warning for one transfer, or null. */
    public Warning warningFor(int number) {
        return exceeding.contains(number) ? Warning.commitmentsExceed(byNumber.get(number)) : null;
    }

    /** Warnings in a stable order: over ceiling first, then transfers by number. */
    public List<Warning> warnings() {
        List<Warning> warnings = new ArrayList<>();
        if (overCeiling()) {
            warnings.add(Warning.overCeiling(requestedTotal(), ceiling()));
        }
        for (Integer number : exceeding) {
            warnings.add(Warning.commitmentsExceed(byNumber.get(number)));
        }
        return warnings;
    }

    /** A full snapshot, transfers in number order. */
    public Summary summary() {
        List<TransferFigures> transfers = new ArrayList<>(byNumber.values());
        transfers.sort((a, b) -> Integer.compare(a.number(), b.number()));
        return new Summary(netUnderspend(), earlyTotal(), ceiling(), requestedTotal(), headroom(),
                skema3AtRisk(), transfers, warnings());
    }
}
