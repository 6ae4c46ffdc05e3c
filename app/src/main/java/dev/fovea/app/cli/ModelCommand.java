package dev.fovea.app.cli;

import dev.fovea.app.json.Json;
import dev.fovea.app.setup.ModelResolver;
import dev.fovea.search.model.HubSources;
import dev.fovea.search.model.ImportOptions;
import dev.fovea.search.model.ModelDirectory;
import dev.fovea.search.model.ModelFamily;
import dev.fovea.search.model.ModelRegistry;
import dev.fovea.search.model.ModelStore;
import dev.fovea.search.model.ModelVariant;
import dev.fovea.search.model.PublishedFacts;
import dev.fovea.search.model.SpeedProbe;
import dev.fovea.search.model.TowerPrecision;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(
        name = "model",
        mixinStandardHelpOptions = true,
        description = "List, download, import and choose embedding models.",
        subcommands = {
            ModelCommand.ListModels.class,
            ModelCommand.Download.class,
            ModelCommand.Import.class,
            ModelCommand.Use.class
        })
final class ModelCommand extends FoveaSubcommand {
    @Override
    public Integer call() {
        spec.commandLine().usage(out());
        return FoveaCli.USAGE;
    }

    /** One row of {@code fovea model list}; also its JSON form. */
    record Row(
            String id,
            String name,
            String family,
            int dims,
            boolean installed,
            boolean active,
            Long sizeBytes,
            Long downloadBytes,
            Double imagenetZeroShot,
            Integer estimatedMsPerPhoto,
            String source,
            String howToGet,
            String path) {}

    @Command(
            name = "list",
            mixinStandardHelpOptions = true,
            description = "Known variants, which are installed, which is in use.")
    static final class ListModels extends FoveaSubcommand {
        @Option(names = "--json", description = "One JSON object per model.")
        boolean json;

        @Override
        public Integer call() {
            ModelStore store = ModelResolver.store(home());
            Optional<String> active = store.activeId();
            Map<String, ModelDirectory> installed = new LinkedHashMap<>();
            store.installed().forEach(dir -> installed.put(dir.id(), dir));
            List<Row> rows = new ArrayList<>();
            for (ModelVariant variant : ModelRegistry.all()) {
                rows.add(row(
                        variant.id(),
                        variant.displayName(),
                        variant.family().name(),
                        variant.embeddingDimensions(),
                        Optional.ofNullable(installed.remove(variant.id())),
                        active));
            }
            installed
                    .values()
                    .forEach(dir -> rows.add(row(
                            dir.id(),
                            dir.manifest().displayName(),
                            dir.manifest().family().name(),
                            dir.manifest().embeddingDimensions(),
                            Optional.of(dir),
                            active)));
            if (json) {
                rows.forEach(row -> out().println(Json.line(row)));
            } else {
                print(rows, out());
            }
            out().flush();
            return FoveaCli.OK;
        }

        private static Row row(
                String id,
                String name,
                String family,
                int dims,
                Optional<ModelDirectory> dir,
                Optional<String> active) {
            long download = HubSources.approximateBytes(id);
            String how = HubSources.downloadable().contains(id)
                    ? "fovea model download " + id
                    : ModelRegistry.find(id)
                            .map(v -> v.family() == ModelFamily.MOBILECLIP
                                    ? "fovea model import DIR (Hugging Face export)"
                                    : "python -m fovea_tools.export, then fovea model import DIR")
                            .orElse("fovea model import DIR");
            Optional<PublishedFacts.Facts> facts = PublishedFacts.of(id);
            String source = HubSources.checkpoint(id)
                    .map(hub -> hub.repository()
                            + (hub.revision().isPresent()
                                    ? " @" + hub.revision().get().substring(0, 7) + " (pinned)"
                                    : " @main (resolved once, hub's SHA-256 checked)"))
                    .or(() -> HubSources.find(id, TowerPrecision.FP32, TowerPrecision.FP32)
                            .map(hub -> hub.repository() + (hub.pinned() ? " (pinned)" : " @main (resolved once)")))
                    .orElse(null);
            return new Row(
                    id,
                    name,
                    family.toLowerCase(Locale.ROOT),
                    dims,
                    dir.isPresent(),
                    active.map(id::equals).orElse(false),
                    dir.map(ModelDirectory::sizeInBytes).orElse(null),
                    download > 0 ? download : null,
                    facts.map(PublishedFacts.Facts::imageNetZeroShot).orElse(null),
                    facts.map(PublishedFacts.Facts::estimatedImageMillis).orElse(null),
                    source,
                    how,
                    dir.map(d -> d.path().toString()).orElse(null));
        }

        private static void print(List<Row> rows, PrintWriter out) {
            out.printf(
                    Locale.ROOT,
                    "  %-16s %-18s %5s  %-10s %8s %9s  %s%n",
                    "MODEL",
                    "NAME",
                    "DIMS",
                    "SIZE",
                    "IMAGENET",
                    "MS/PHOTO",
                    "STATUS");
            for (Row row : rows) {
                String size = row.sizeBytes() != null
                        ? megabytes(row.sizeBytes())
                        : row.downloadBytes() != null ? "~" + megabytes(row.downloadBytes()) : "-";
                String status = row.installed()
                        ? (row.active() ? "installed, in use" : "installed")
                        : "not installed: " + row.howToGet();
                out.printf(
                        Locale.ROOT,
                        "%s %-16s %-18s %5d  %-10s %8s %9s  %s%n",
                        row.active() ? "*" : " ",
                        row.id(),
                        row.name(),
                        row.dims(),
                        size,
                        row.imagenetZeroShot() != null
                                ? String.format(Locale.ROOT, "%.1f%%", row.imagenetZeroShot())
                                : "-",
                        row.estimatedMsPerPhoto() != null ? "~" + row.estimatedMsPerPhoto() : "-",
                        status);
            }
            out.println("IMAGENET: published zero-shot top-1. MS/PHOTO: estimated image-tower time per photo on a "
                    + "2-core x86 CPU (`fovea bench encode` measures this machine).");
            out.println("Downloads come from the official open_clip checkpoints on the Hugging Face hub (HF_ENDPOINT "
                    + "selects a mirror; a copy in the Hugging Face cache is used first); `--json` shows each source.");
        }
    }

    @Command(
            name = "download",
            mixinStandardHelpOptions = true,
            description = {
                "Download a model variant (with progress, resume and checksum) and install it.",
                "Without VARIANT, a short speed probe of this computer chooses as the app's first run does: "
                        + SpeedProbe.FAST_CHOICE + ", or " + SpeedProbe.SLOW_CHOICE + " on slow computers."
            })
    static final class Download extends FoveaSubcommand {
        /** As long as the app's first run probes: short beside any download. */
        private static final Duration SPEED_PROBE = Duration.ofMillis(400);

        @Parameters(
                paramLabel = "VARIANT",
                arity = "0..1",
                description = "Any downloadable variant of `fovea model list`.")
        String variant;

        @Option(
                names = "--text-precision",
                paramLabel = "P",
                defaultValue = "fp32",
                description =
                        "Which text tower file: fp32 (default) or quantized (a quarter of the size, about half the CPU per query, vectors within ~0.999 cosine).")
        TowerPrecision textPrecision;

        // With -Djdk.console=java.base, System.console() still answers null when not on a terminal.
        @SuppressWarnings("SystemConsoleNull")
        @Override
        public Integer call() {
            String id = variant != null ? variant : recommendedHere();
            ModelStore store = ModelResolver.store(home());
            DownloadProgressLine progress = new DownloadProgressLine(err(), id, System.console() != null);
            ModelDirectory installed;
            try {
                installed = store.download(
                        id, new ImportOptions(Optional.empty(), TowerPrecision.FP32, textPrecision), progress);
            } finally {
                progress.finish();
            }
            reportInstalled(installed, store, out());
            return FoveaCli.OK;
        }

        private String recommendedHere() {
            SpeedProbe.Result speed = SpeedProbe.measure(SPEED_PROBE);
            String id = speed.recommend(HubSources.downloadable());
            err().println("Measured this computer: " + id + " embeds a photo in about "
                    + speed.estimatedMillisPerPhoto(id) + " ms here, so Fovea downloads it (name another variant"
                    + " to choose; see fovea model list).");
            return id;
        }
    }

    @Command(
            name = "import",
            mixinStandardHelpOptions = true,
            description = {
                "Install a model from a local directory: a Fovea model directory (python -m fovea_tools.export),",
                "or a Hugging Face ONNX export such as Xenova/mobileclip_s0 (onnx/, tokenizer.json, preprocessor_config.json);",
                "or from an official open_clip checkpoint file (e.g. MobileCLIP2-S0's open_clip_model.safetensors),",
                "which Fovea assembles without Python (the variant is recognised from its tensors, or give --variant)."
            })
    static final class Import extends FoveaSubcommand {
        @Parameters(
                paramLabel = "DIR|FILE",
                description = "A model directory, or an open_clip checkpoint file (open_clip_model.safetensors or "
                        + "open_clip_pytorch_model.bin) copied from the hub by hand.")
        Path directory;

        @Option(
                names = "--variant",
                paramLabel = "VARIANT",
                description =
                        "Which variant a Hugging Face export holds, when its folder name does not say (e.g. mobileclip-s2).")
        String variant;

        @Option(
                names = "--image-precision",
                paramLabel = "P",
                defaultValue = "fp32",
                description =
                        "Hugging Face exports: which image tower file (fp32, fp16, int8, uint8, quantized, q4). Keep fp32: on CPUs the others run slower.")
        TowerPrecision imagePrecision;

        @Option(
                names = "--text-precision",
                paramLabel = "P",
                defaultValue = "fp32",
                description = "Hugging Face exports: which text tower file (fp32, fp16, int8, uint8, quantized, q4).")
        TowerPrecision textPrecision;

        @Override
        public Integer call() {
            ModelStore store = ModelResolver.store(home());
            ModelDirectory installed = store.importFrom(
                    directory, new ImportOptions(Optional.ofNullable(variant), imagePrecision, textPrecision));
            reportInstalled(installed, store, out());
            return FoveaCli.OK;
        }
    }

    @Command(name = "use", mixinStandardHelpOptions = true, description = "Make an installed model the active one.")
    static final class Use extends FoveaSubcommand {
        @Parameters(paramLabel = "VARIANT")
        String variant;

        @Override
        public Integer call() {
            ModelStore store = ModelResolver.store(home());
            store.use(variant);
            out().println("Active model: " + store.activeId().orElseThrow() + ".");
            out().flush();
            return FoveaCli.OK;
        }
    }

    private static void reportInstalled(ModelDirectory installed, ModelStore store, PrintWriter out) {
        boolean active = store.activeId().map(installed.id()::equals).orElse(false);
        out.println("Installed " + installed.id() + " (" + installed.manifest().displayName() + ", "
                + installed.manifest().embeddingDimensions() + " dimensions, " + megabytes(installed.sizeInBytes())
                + ") at "
                + installed.path()
                + (active
                        ? "; it is the active model."
                        : ". Make it the active model with `fovea model use " + installed.id() + "`."));
        out.flush();
    }

    private static String megabytes(long bytes) {
        return String.format(Locale.ROOT, "%.0f MB", bytes / 1e6);
    }
}
