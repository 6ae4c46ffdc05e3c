package dev.fovea.indexer.bench;

import dev.fovea.indexer.bench.TextPictures.Background;
import dev.fovea.indexer.bench.TextPictures.Spec;
import java.awt.Color;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * The generated pictures {@code fovea bench ocr} reads: one base case (40 px sans-serif, black on white, level)
 * and cases that each change one thing: size, angle, font, background. Words come from an English and Portuguese
 * vocabulary, accents included, picked with a fixed seed per case.
 */
public final class TextCases {
    private static final List<String> VOCABULARY = List.of(
            "invoice",
            "receipt",
            "password",
            "station",
            "coffee",
            "museum",
            "garden",
            "ticket",
            "harbour",
            "total",
            "street",
            "window",
            "promoção",
            "saída",
            "padaria",
            "farmácia",
            "avenida",
            "praça",
            "coração",
            "estação",
            "preço",
            "horário",
            "obrigado",
            "2023",
            "41.50",
            "Lisboa");
    private static final int WIDTH = 1200;
    private static final int HEIGHT = 800;

    /** A case and which dimension it varies ("base", "size", "angle", "font", "background"). */
    public record Case(String group, Spec spec) {}

    private TextCases() {}

    public static List<Case> all() {
        List<Case> cases = new ArrayList<>();
        cases.add(new Case("base", spec("base", 40, 0, "SansSerif", Background.PLAIN, Color.WHITE, Color.BLACK)));
        for (int size : new int[] {12, 18, 28, 72}) {
            cases.add(new Case(
                    "size", spec("size-" + size, size, 0, "SansSerif", Background.PLAIN, Color.WHITE, Color.BLACK)));
        }
        for (int angle : new int[] {5, 15, 30, 45, 180}) {
            cases.add(new Case(
                    "angle",
                    spec("angle-" + angle, 40, angle, "SansSerif", Background.PLAIN, Color.WHITE, Color.BLACK)));
        }
        for (String font : new String[] {"Serif", "Monospaced", "DialogInput"}) {
            cases.add(new Case("font", spec("font-" + font, 40, 0, font, Background.PLAIN, Color.WHITE, Color.BLACK)));
        }
        cases.add(new Case(
                "background",
                spec(
                        "background-gradient",
                        40,
                        0,
                        "SansSerif",
                        Background.GRADIENT,
                        new Color(250, 230, 160),
                        new Color(40, 20, 90))));
        cases.add(new Case(
                "background",
                spec("background-noisy", 40, 0, "SansSerif", Background.NOISY, new Color(200, 200, 200), Color.BLACK)));
        // A page photographed at an angle on a grainy background: both at once.
        cases.add(new Case(
                "background",
                spec(
                        "background-noisy-turned-20",
                        40,
                        20,
                        "SansSerif",
                        Background.NOISY,
                        new Color(200, 200, 200),
                        Color.BLACK)));
        cases.add(new Case(
                "background",
                spec("background-inverted", 40, 0, "SansSerif", Background.PLAIN, new Color(30, 40, 60), Color.WHITE)));
        return cases;
    }

    /** Pictures without text: whatever is read in them is garbage. */
    public static List<Spec> textFree() {
        return List.of(
                new Spec(
                        "blank",
                        List.of(" "),
                        "SansSerif",
                        40,
                        0,
                        Background.PLAIN,
                        Color.WHITE,
                        Color.BLACK,
                        WIDTH,
                        HEIGHT),
                new Spec(
                        "noise",
                        List.of(" "),
                        "SansSerif",
                        40,
                        0,
                        Background.NOISY,
                        Color.GRAY,
                        Color.BLACK,
                        WIDTH,
                        HEIGHT),
                new Spec(
                        "gradient",
                        List.of(" "),
                        "SansSerif",
                        40,
                        0,
                        Background.GRADIENT,
                        Color.ORANGE,
                        Color.BLACK,
                        WIDTH,
                        HEIGHT));
    }

    private static Spec spec(
            String name, int size, double angle, String font, Background background, Color paper, Color ink) {
        Random random = new Random(name.hashCode());
        List<String> lines = new ArrayList<>();
        for (int line = 0; line < 2; line++) {
            List<String> words = new ArrayList<>();
            for (int w = 0; w < 3; w++) {
                words.add(VOCABULARY.get(random.nextInt(VOCABULARY.size())));
            }
            lines.add(String.join(" ", words));
        }
        return new Spec(name, lines, font, size, angle, background, paper, ink, WIDTH, HEIGHT);
    }
}
