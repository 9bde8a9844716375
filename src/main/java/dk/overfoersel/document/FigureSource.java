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

    /** The figures stored with each transfer (the default). */
    FigureSource STORED = t -> t.images().stream()
            .map(f -> new Figure(f.name(), f.caption(), f.altText(), f.mediaType(), f.data(), f.sourceNote()))
            .toList();

    List<Figure> figuresOf(Transfer transfer);
}
