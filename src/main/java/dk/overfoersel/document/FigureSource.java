package dk.overfoersel.document;

import dk.overfoersel.domain.Transfer;
import java.util.List;

/**
 * Where the appendix gets a transfer's figures from, in the transfer's own order. The builder
 * places each where a text names it ({@code ![](name)}), the others after the background text.
 */
@FunctionalInterface
public interface FigureSource {

    /** No figures anywhere. */
    FigureSource NONE = t -> List.of();

    List<Figure> figuresOf(Transfer transfer);
}
