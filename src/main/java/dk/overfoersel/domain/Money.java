package dk.overfoersel.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Collection;
import java.util.function.Function;

/**
 * An exact amount of Danish kroner, held as whole øre. Never floating point.
 * The database keeps it as NUMERIC(15,2), JSON as a number with at most two decimals.
 */
public record Money(long oere) implements Comparable<Money> {

    public static final Money ZERO = new Money(0);
    /** Largest amount a NUMERIC(15,2) column can hold. */
    public static final Money MAX = new Money(999_999_999_999_999L);

    public static Money ofOere(long oere) {
        return new Money(oere);
    }

    public static Money ofKroner(long kroner) {
        return new Money(Math.multiplyExact(kroner, 100L));
    }

    /**
     * Exact conversion; throws {@link ArithmeticException} when the value has more than two
     * decimals that are not zero, or does not fit.
     */
    public static Money ofKroner(BigDecimal kroner) {
        return new Money(kroner.movePointRight(2).longValueExact());
    }

    public BigDecimal kroner() {
        return BigDecimal.valueOf(oere, 2);
    }

    /** Amount in millions of kroner, rounded half-up to the given number of decimals. */
    public BigDecimal millions(int decimals) {
        return BigDecimal.valueOf(oere, 8).setScale(decimals, RoundingMode.HALF_UP);
    }

    public Money plus(Money other) {
        return new Money(Math.addExact(oere, other.oere));
    }

    public Money minus(Money other) {
        return new Money(Math.subtractExact(oere, other.oere));
    }

    public Money negate() {
        return new Money(Math.negateExact(oere));
    }

    public Money abs() {
        return oere < 0 ? negate() : this;
    }

    public Money atLeastZero() {
        return oere < 0 ? ZERO : this;
    }

    public int signum() {
        return Long.signum(oere);
    }

    public boolean isNegative() {
        return oere < 0;
    }

    public boolean isPositive() {
        return oere > 0;
    }

    public boolean isZero() {
        return oere == 0;
    }

    public boolean greaterThan(Money other) {
        return oere > other.oere;
    }

    public boolean lessThan(Money other) {
        return oere < other.oere;
    }

    @Override
    public int compareTo(Money other) {
        return Long.compare(oere, other.oere);
    }

    public static <T> Money sum(Collection<T> items, Function<T, Money> amount) {
        long total = 0;
        for (T item : items) {
            total = Math.addExact(total, amount.apply(item).oere);
        }
        return new Money(total);
    }

    /** Plain form for logs and tests: {@code 15739000.00}. Use {@link DanishFormat} for people. */
    @Override
    public String toString() {
        return kroner().toPlainString();
    }
}
