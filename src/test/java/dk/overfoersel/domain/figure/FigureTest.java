package dk.overfoersel.domain.figure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.overfoersel.domain.DomainException;
import dk.overfoersel.domain.Money;
import dk.overfoersel.domain.Transfer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class FigureTest {

    static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13};
    static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 16};
    static final byte[] SVG = ("<?xml version=\"1.0\"?>\n<!-- tegnet i hånden -->\n"
            + "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"10\" height=\"10\"/>").getBytes(StandardCharsets.UTF_8);

    @Test
    void theMediaTypeIsSniffedFromTheBytes() {
        assertThat(MediaTypes.sniff(PNG)).contains("image/png");
        assertThat(MediaTypes.sniff(JPEG)).contains("image/jpeg");
        assertThat(MediaTypes.sniff(SVG)).contains("image/svg+xml");
        assertThat(MediaTypes.sniff("<html><svg/></html>".getBytes(StandardCharsets.UTF_8))).isEmpty();
        assertThat(MediaTypes.sniff("GIF89a".getBytes(StandardCharsets.US_ASCII))).isEmpty();
        assertThat(MediaTypes.sniff(new byte[0])).isEmpty();
        assertThat(Figure.of("figur-1.png", "Udvikling", "Kurve", PNG, "").mediaType()).isEqualTo("image/png");
    }

    @Test
    void altTextIsRequired() {
        assertThatThrownBy(() -> Figure.of("figur-1.png", "Udvikling", "  ", PNG, ""))
                .isInstanceOf(DomainException.class)
                .hasMessage("Figuren „figur-1.png“ mangler en alternativ tekst (den læses op i stedet for billedet og skal udfyldes).");
    }

    @Test
    void aFigureAbove10MbIsRefusedWithItsSize() {
        byte[] big = Arrays.copyOf(PNG, Figure.MAX_BYTES + 1);
        assertThatThrownBy(() -> Figure.of("stor.png", "", "Et stort billede", big, ""))
                .isInstanceOf(DomainException.class)
                .hasMessage("Figuren „stor.png“ fylder 10,0 MB; en figur må højst fylde 10 MB.");
        byte[] exactly = Arrays.copyOf(PNG, Figure.MAX_BYTES);
        assertThat(Figure.of("netop.png", "", "Netop 10 MB", exactly, "").size()).isEqualTo(Figure.MAX_BYTES);
    }

    @Test
    void aStatedMediaTypeMustBeWhatTheBytesAre() {
        assertThatThrownBy(() -> new Figure("figur.png", "", "Alt", "image/png", JPEG, ""))
                .isInstanceOf(DomainException.class).hasMessage("Figuren „figur.png“ er angivet som image/png, men filen er image/jpeg.");
        assertThatThrownBy(() -> Figure.of("tekst.png", "", "Alt", "hej".getBytes(StandardCharsets.UTF_8), ""))
                .isInstanceOf(DomainException.class).hasMessage("Figuren „tekst.png“ er ikke et billede i PNG, JPEG eller SVG.");
    }

    @Test
    void aNameMustFitInsideTheImageSyntax() {
        assertThatThrownBy(() -> Figure.of("figur 1.png", "", "Alt", PNG, "")).isInstanceOf(DomainException.class);
        assertThatThrownBy(() -> Figure.of("figur(1).png", "", "Alt", PNG, "")).isInstanceOf(DomainException.class);
        assertThat(Figure.of("sygedagpenge-2008.png", "", "Alt", PNG, "").name()).isEqualTo("sygedagpenge-2008.png");
    }

    @Test
    void figuresAreEqualByTheirBytesAndNamesAreUniqueInATransfer() {
        Figure a = Figure.of("a.png", "c", "alt", PNG, "kilde");
        assertThat(a).isEqualTo(Figure.of("a.png", "c", "alt", PNG.clone(), "kilde"));
        assertThat(a).isNotEqualTo(Figure.of("a.png", "c", "alt", Arrays.copyOf(PNG, 13), "kilde"));
        Transfer t = new Transfer(1, "T", 3, Money.ofKroner(1), Money.ZERO, "", "", "", List.of());
        assertThatThrownBy(() -> t.withImages(List.of(a, a.withTexts("x", "y", ""))))
                .isInstanceOf(DomainException.class).hasMessage("Overførsel 1 har to figurer med navnet „a.png“.");
        assertThat(t.withImages(List.of(a)).image("a.png")).isEqualTo(a);
    }
}
