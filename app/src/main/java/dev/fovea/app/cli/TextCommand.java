package dev.fovea.app.cli;

import dev.fovea.app.json.Json;
import dev.fovea.indexer.decode.PhotoDecoder;
import dev.fovea.indexer.pipeline.DecoderAdapter;
import dev.fovea.indexer.text.RecognisedText;
import dev.fovea.indexer.text.RecognisedWord;
import dev.fovea.indexer.text.TextReader;
import dev.fovea.indexer.text.TextReading;
import dev.fovea.indexer.text.TextReadingTimeout;
import dev.fovea.search.FoveaException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(
        name = "text",
        mixinStandardHelpOptions = true,
        description = {
            "Read the text in photos as indexing reads it (same decoding, levelling and confidence threshold) and",
            "print each word with its confidence and its box, in fractions of the upright photo's width and height."
        })
final class TextCommand extends FoveaSubcommand {
    @Parameters(arity = "1..*", paramLabel = "PHOTO", description = "Photo files to read.")
    List<Path> photos;

    @Option(
            names = "--json",
            description = "One JSON object per photo: photo, reader, text, words (text, line, confidence, box).")
    boolean json;

    @Option(
            names = "--time-limit",
            paramLabel = "SECONDS",
            defaultValue = "20",
            description = "Give up on a photo after this long (default: ${DEFAULT-VALUE}, as indexing).")
    long timeLimitSeconds;

    /** A word's box, in fractions of the upright photo's width and height. */
    record Box(double x, double y, double width, double height) {}

    record Word(String text, int line, double confidence, Box box) {}

    record PhotoText(String photo, String reader, String text, List<Word> words) {}

    @Override
    public Integer call() {
        photos.forEach(photo -> UserFiles.regularFile(photo, "photo"));
        if (timeLimitSeconds <= 0) {
            throw new UsageException("--time-limit must be a positive number of seconds.");
        }
        Duration limit = Duration.ofSeconds(timeLimitSeconds);
        DecoderAdapter decoder = new DecoderAdapter(new PhotoDecoder());
        int failed = 0;
        try (TextReader reader = TextReader.open()) {
            for (Path photo : photos) {
                try {
                    RecognisedText text = reader.read(
                            decoder.decode(photo, TextReading.DECODE_SHORT_SIDE).image(), limit);
                    print(new PhotoText(
                            photo.toString(),
                            TextReader.engineId(),
                            text.text(),
                            text.words().stream().map(TextCommand::word).toList()));
                } catch (TextReadingTimeout slow) {
                    failed++;
                    err().println(photo + ": gave up reading its text after " + timeLimitSeconds
                            + " s; a longer --time-limit may read it.");
                } catch (FoveaException unreadable) {
                    failed++;
                    err().println(photo + ": " + unreadable.getMessage());
                }
            }
        }
        out().flush();
        err().flush();
        return failed == 0 ? FoveaCli.OK : FoveaCli.FAILURE;
    }

    private static Word word(RecognisedWord word) {
        return new Word(
                word.text(),
                word.line(),
                round(word.confidence(), 10),
                new Box(fraction(word.x()), fraction(word.y()), fraction(word.width()), fraction(word.height())));
    }

    private static double fraction(int tenThousandths) {
        return tenThousandths / (double) RecognisedWord.BOX_SCALE;
    }

    private static double round(double value, int per) {
        return Math.round(value * per) / (double) per;
    }

    private void print(PhotoText text) {
        if (json) {
            out().println(Json.line(text));
            return;
        }
        out().println(TerminalText.oneLine(text.photo()) + "\t" + text.words().size() + " words");
        for (Word word : text.words()) {
            out().println(String.format(
                    Locale.ROOT,
                    "  %-24s line %d  confidence %5.1f  box %.4f %.4f %.4f %.4f",
                    TerminalText.oneLine(word.text()),
                    word.line(),
                    word.confidence(),
                    word.box().x(),
                    word.box().y(),
                    word.box().width(),
                    word.box().height()));
        }
    }
}
