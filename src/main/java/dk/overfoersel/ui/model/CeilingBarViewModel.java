package dk.overfoersel.ui.model;

import dk.overfoersel.domain.DanishFormat;
import dk.overfoersel.domain.Money;
import dk.overfoersel.domain.RunningSum;
import dk.overfoersel.domain.Texts;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * The ceiling bar: the running sum's figures in Danish formats, how full the ceiling is (in
 * per mille, exact integer arithmetic) and its level. Follows every change of the workspace's
 * incremental {@link RunningSum}; never asks the database.
 */
public final class CeilingBarViewModel {

    /** Below 90 %, from 90 % up to the ceiling, above the ceiling. */
    public enum Level { OK, WARNING, OVER }

    /** One figure: short text ({@code 49,1 mio. kr.}) and exact text ({@code 49.139.000,00 kr.}). */
    public static final class Figure {
        private final ReadOnlyObjectWrapper<Money> value = new ReadOnlyObjectWrapper<>(Money.ZERO);
        private final ReadOnlyStringWrapper text = new ReadOnlyStringWrapper(DanishFormat.millions(Money.ZERO));
        private final ReadOnlyStringWrapper exact = new ReadOnlyStringWrapper(DanishFormat.kroner(Money.ZERO));

        void set(Money money) {
            value.set(money);
            text.set(DanishFormat.millions(money));
            exact.set(DanishFormat.kroner(money));
        }

        public ReadOnlyObjectProperty<Money> valueProperty() {
            return value.getReadOnlyProperty();
        }

        public ReadOnlyStringProperty textProperty() {
            return text.getReadOnlyProperty();
        }

        public ReadOnlyStringProperty exactProperty() {
            return exact.getReadOnlyProperty();
        }
    }

    private final Workspace workspace;
    private final Figure ceiling = new Figure();
    private final Figure requested = new Figure();
    private final Figure headroom = new Figure();
    private final Figure early = new Figure();
    private final Figure netUnderspend = new Figure();
    private final Figure skema3AtRisk = new Figure();
    private final ReadOnlyIntegerWrapper permille = new ReadOnlyIntegerWrapper();
    private final ReadOnlyObjectWrapper<Level> level = new ReadOnlyObjectWrapper<>(Level.OK);
    private final ReadOnlyStringWrapper levelText = new ReadOnlyStringWrapper("");
    private final javafx.beans.property.ReadOnlyBooleanWrapper previewing = new javafx.beans.property.ReadOnlyBooleanWrapper(false);

    public CeilingBarViewModel(Workspace workspace) {
        this.workspace = workspace;
        workspace.revisionProperty().addListener((o, a, b) -> refresh());
        refresh();
    }

    private void refresh() {
        previewing.set(workspace.previewingProperty().get());
        workspace.readSum(sum -> {
            show(sum);
            return null;
        });
    }

    private void show(RunningSum sum) {
        Money c = sum.ceiling();
        Money r = sum.requestedTotal();
        ceiling.set(c);
        requested.set(r);
        headroom.set(sum.headroom());
        early.set(sum.earlyTotal());
        netUnderspend.set(sum.netUnderspend());
        skema3AtRisk.set(sum.skema3AtRisk());
        boolean noCeiling = c.signum() <= 0;
        int pm = noCeiling ? 0 : permille(r, c);
        permille.set(pm);
        Level l = level(r, c, pm);
        level.set(l);
        levelText.set(levelText(l, r, c, pm));
    }

    /** No ceiling yet (0): attention while something is requested, otherwise calm. */
    static Level level(Money requested, Money ceiling, int permille) {
        if (ceiling.signum() <= 0) {
            return requested.signum() > 0 ? Level.WARNING : Level.OK;
        }
        return requested.greaterThan(ceiling) ? Level.OVER : permille >= 900 ? Level.WARNING : Level.OK;
    }

    /** "74,6 % af loftet er brugt" …; with a ceiling of 0 "Intet loft endnu", never "1.000,0 %". */
    static String levelText(Level l, Money requested, Money ceiling, int permille) {
        if (ceiling.signum() <= 0) {
            return Texts.get("layout.ceiling.none");
        }
        return switch (l) {
            case OK -> Texts.get("ui.ceiling.ok", percent(permille));
            case WARNING -> Texts.get("ui.ceiling.warning", percent(permille));
            case OVER -> Texts.get("ui.ceiling.over", DanishFormat.millions(requested.minus(ceiling)), percent(permille));
        };
    }

    /** requested / ceiling in per mille, rounded down, exact; 0 when nothing is requested. */
    static int permille(Money requested, Money ceiling) {
        if (requested.signum() <= 0) {
            return 0;
        }
        if (ceiling.signum() <= 0) {
            return 10_000;
        }
        long value = java.math.BigInteger.valueOf(requested.oere()).multiply(java.math.BigInteger.valueOf(1000))
                .divide(java.math.BigInteger.valueOf(ceiling.oere())).min(java.math.BigInteger.valueOf(10_000)).longValue();
        return (int) value;
    }

    private static String percent(int permille) {
        return DanishFormat.decimal(java.math.BigDecimal.valueOf(permille, 1)) + " %";
    }

    public Figure ceiling() {
        return ceiling;
    }

    public Figure requested() {
        return requested;
    }

    public Figure headroom() {
        return headroom;
    }

    public Figure early() {
        return early;
    }

    public Figure netUnderspend() {
        return netUnderspend;
    }

    public Figure skema3AtRisk() {
        return skema3AtRisk;
    }

    /** requested / ceiling in per mille (1000 = exactly at the ceiling), at most 10.000. */
    public ReadOnlyIntegerProperty permilleProperty() {
        return permille.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Level> levelProperty() {
        return level.getReadOnlyProperty();
    }

    /** True while the figures include an amount that is typed but not finished (shown as a preview). */
    public javafx.beans.property.ReadOnlyBooleanProperty previewingProperty() {
        return previewing.getReadOnlyProperty();
    }

    /** The level in words, so it is never told by colour alone. */
    public ReadOnlyStringProperty levelTextProperty() {
        return levelText.getReadOnlyProperty();
    }
}
