package dev.fovea.app.cli;

import dev.fovea.app.instance.AppInstance;
import dev.fovea.app.instance.LaunchRequest;
import dev.fovea.app.setup.IndexingSeams;
import dev.fovea.app.setup.ModelResolver;
import dev.fovea.app.thread.AppThreads;
import dev.fovea.indexer.Library;
import dev.fovea.indexer.pipeline.IndexingOptions;
import dev.fovea.indexer.pipeline.IndexingRun;
import dev.fovea.indexer.pipeline.IndexingSummary;
import dev.fovea.indexer.text.TessdataLocation;
import dev.fovea.indexer.text.TextMode;
import dev.fovea.indexer.text.TextReading;
import dev.fovea.indexer.watch.ContinuousIndexer;
import dev.fovea.search.FoveaException;
import dev.fovea.search.encoder.EmbeddingModel;
import dev.fovea.search.encoder.EncoderOptions;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(
        name = "index",
        mixinStandardHelpOptions = true,
        description = {
            "Add library folders and index them; progress on stderr.",
            "Only new and changed photos are read; moved and renamed ones keep their embeddings.",
            "Exits 0 when the run completed, even if some files were skipped (they are listed with reasons)."
        })
final class IndexCommand extends FoveaSubcommand {

    @Option(names = "--watch", description = "Keep running and follow changes in the library folders (Ctrl-C to stop).")
    boolean watch;

    @Option(
            names = "--exclude",
            paramLabel = "GLOB",
            description = "Leave out matching files and folders (a name, or a path below the folder).")
    List<String> excludes = List.of();

    @Option(names = "--threads", paramLabel = "N", description = "Decode threads (default: one per core).")
    Integer threads;

    @Option(
            names = "--exact",
            description = {
                "Decode photos at full resolution, pixel for pixel as the reference (PIL) does, instead of the faster"
                        + " reduced-scale decode; photos embedded by the faster decode are embedded again.",
                "The catalog records which decode made each embedding, so a later run without --exact keeps them;"
                        + " 'fovea status' counts them. The app's Settings > Exact decoding makes every run exact."
            })
    boolean exact;

    @Option(
            names = "--ocr",
            paramLabel = "MODE",
            converter = TextModeConverter.class,
            description = "Read the text in photos after indexing them: auto (screenshots, and photos in whose"
                    + " thumbnail a text detector finds text), all, or off. Kept for the library (the app's setting"
                    + " too); auto until chosen.")
    TextMode ocr;

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Photo folders to add to the library.")
    List<Path> paths;

    @Override
    public Integer call() throws Exception {
        PrintWriter err = err();
        // Indexing embeds images only: the text tower is not loaded (the text gate has its own detector).
        try (EmbeddingModel model = EmbeddingModel.openForImages(
                        ModelResolver.resolve(modelDir(), home()), EncoderOptions.defaults());
                Library library = Library.open(home().root())) {
            try {
                library.claimIndexing();
            } catch (FoveaException refused) {
                if (!watch && !exact && handedToTheOpenApp(err)) {
                    return FoveaCli.OK;
                }
                throw refused;
            }
            for (Path path : paths) {
                library.addRoot(path, List.of(), excludes);
            }
            IndexingOptions options = (threads == null
                            ? IndexingOptions.defaults()
                            : IndexingOptions.defaults().withDecodeThreads(threads))
                    .withExact(exact || library.exactDecoding());
            IndexingSeams seams = IndexingSeams.over(model);
            if (ocr != null) {
                library.setTextMode(ocr);
            }
            library.readTextWith(textReading(library.textMode(), err));
            if (watch) {
                return watch(library, seams, options, err);
            }
            IndexingSummary summary;
            try (IndexProgressDisplay display = IndexProgressDisplay.on(err, IndexProgressDisplay.stderrIsTerminal())) {
                IndexingRun run = library.startIndexing(seams.encoder(), seams.decoder(), options, display);
                Thread stopper = AppThreads.shutdownHook("fovea-index-shutdown", () -> stop(run));
                Runtime.getRuntime().addShutdownHook(stopper);
                summary = run.await();
                Runtime.getRuntime().removeShutdownHook(stopper);
            }
            report(summary, err);
            return FoveaCli.OK;
        }
    }

    /**
     * The app open on this home is the library's writer (it holds the indexing lock even when idle): it is
     * handed the folders to add and index, rather than this command failing or writing beside it.
     */
    private boolean handedToTheOpenApp(PrintWriter err) {
        Path root = home().root();
        if (!AppInstance.isOpen(root)) {
            return false;
        }
        for (Path path : paths) {
            if (!Files.isDirectory(path)) {
                throw new UsageException(path + " is not a folder.");
            }
        }
        if (!AppInstance.handOver(root, new LaunchRequest.Index(paths))) {
            return false;
        }
        err.println("fovea: the Fovea app open on " + root + " is adding and indexing "
                + (paths.size() == 1 ? paths.getFirst() : paths.size() + " folders")
                + "; follow it there, or with 'fovea status'.");
        err.flush();
        return true;
    }

    private int watch(Library library, IndexingSeams seams, IndexingOptions options, PrintWriter err)
            throws InterruptedException {
        CountDownLatch stopped = new CountDownLatch(1);
        IndexProgressDisplay display = IndexProgressDisplay.on(err, false);
        try (ContinuousIndexer indexer = seams.follow(library, options, display, summary -> report(summary, err))) {
            Runtime.getRuntime().addShutdownHook(AppThreads.shutdownHook("fovea-watch-shutdown", () -> {
                indexer.close();
                stopped.countDown();
            }));
            err.flush();
            err.println("fovea: watching " + library.roots().size() + " folder(s) for changes; Ctrl-C to stop.");
            stopped.await();
        }
        return FoveaCli.OK;
    }

    /** On Ctrl-C: stop the run cleanly (nothing would be lost anyway: the catalog commits as it goes). */
    private static void stop(IndexingRun run) {
        run.cancel();
        try {
            run.await(Duration.ofSeconds(10));
        } catch (InterruptedException | RuntimeException ignored) {
            // exiting anyway
        }
    }

    private static TextReading textReading(TextMode ocr, PrintWriter err) {
        if (ocr == TextMode.OFF) {
            return TextReading.off();
        }
        try {
            TessdataLocation.find();
        } catch (FoveaException missing) {
            err.println("fovea: text in photos will not be read: " + missing.getMessage());
        }
        return new TextReading(ocr, TextReading.DEFAULT_LIMIT);
    }

    static void report(IndexingSummary summary, PrintWriter err) {
        StringBuilder text = new StringBuilder(String.format(
                Locale.ROOT,
                "fovea: %s %d photo files in %.1f s: %d embedded, %d reused (moved, copied or unchanged content), %d skipped",
                summary.cancelled() ? "stopped after" : "looked at",
                summary.filesSeen(),
                summary.seconds(),
                summary.embedded(),
                summary.reused(),
                summary.skippedTotal()));
        if (!summary.skipped().isEmpty()) {
            text.append(" (")
                    .append(summary.skipped().entrySet().stream()
                            .map(Map.Entry::toString)
                            .collect(Collectors.joining(", ")))
                    .append(")");
        }
        if (summary.deleted() > 0) {
            text.append(", ").append(summary.deleted()).append(" gone from disk removed");
        }
        if (summary.textRead() > 0) {
            text.append(", text read in ").append(summary.textRead());
        }
        err.println(text);
        if (summary.textProblem() != null) {
            err.println("fovea: the text in photos was not read (" + summary.textProblem()
                    + "); the next run tries again, and the log has the details.");
        }
        for (String folder : summary.offlineFolders()) {
            err.println("fovea: " + folder
                    + " is missing or empty (an unplugged drive?); its photos are kept until it is back.");
        }
        if (summary.skippedTotal() > 0) {
            err.println("fovea: 'fovea status' lists the skipped files' reasons.");
        }
        err.flush();
    }
}
