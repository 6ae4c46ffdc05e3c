package dev.fovea.search.model;

import dev.fovea.search.FoveaException;
import dev.fovea.search.model.download.DownloadProgress;
import dev.fovea.search.model.download.HubDownloader;
import dev.fovea.search.model.download.HubSource;
import dev.fovea.search.model.download.HuggingFaceCache;
import dev.fovea.search.model.download.Sha256;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The installed models of a Fovea home ({@code <home>/models/<id>/}) and which one is active
 * ({@code <home>/models/active}, holding its id). Every install is staged in a hidden folder beside the
 * models, checked, then renamed into place, so a half-copied or half-downloaded model is never seen.
 */
public final class ModelStore {
    private static final Logger LOG = LoggerFactory.getLogger(ModelStore.class);
    private static final String ACTIVE = "active";
    private static final String STAGING_PREFIX = ".staging-";
    private static final String REPLACED_PREFIX = ".replaced-";
    private static final String DOWNLOADS = ".downloads";
    /** A staging folder this old was left by a process that died; a live install takes seconds. */
    private static final Duration ABANDONED = Duration.ofHours(1);

    private static final Pattern VALID_ID = Pattern.compile("[a-z0-9][a-z0-9._-]*");

    private final Path root;
    private final HubDownloader downloader;
    private final Consumer<ModelDirectory> installCheck;
    private final HuggingFaceCache huggingFaceCache;

    public ModelStore(Path modelsRoot) {
        this(modelsRoot, HubDownloader.standard(), staged -> {});
    }

    public ModelStore(Path modelsRoot, HubDownloader downloader) {
        this(modelsRoot, downloader, staged -> {});
    }

    /**
     * @param installCheck runs on every staged model before it is moved into place and throws to refuse it;
     *     callers pass one that loads the ONNX towers ({@code EmbeddingModel.checkLoads}), which this package
     *     cannot call itself
     */
    public ModelStore(Path modelsRoot, HubDownloader downloader, Consumer<ModelDirectory> installCheck) {
        this(modelsRoot, downloader, installCheck, new HuggingFaceCache(List.of()));
    }

    /** @param huggingFaceCache where checkpoints the Hugging Face tools already fetched are looked for first */
    public ModelStore(
            Path modelsRoot,
            HubDownloader downloader,
            Consumer<ModelDirectory> installCheck,
            HuggingFaceCache huggingFaceCache) {
        this.root = modelsRoot.toAbsolutePath().normalize();
        this.downloader = downloader;
        this.installCheck = installCheck;
        this.huggingFaceCache = huggingFaceCache;
    }

    public Path root() {
        return root;
    }

    /** Installed models by id; a damaged folder is skipped with a warning in the log. */
    public List<ModelDirectory> installed() {
        if (!Files.isDirectory(root)) {
            return List.of();
        }
        List<ModelDirectory> models = new ArrayList<>();
        try (Stream<Path> children = Files.list(root)) {
            for (Path child : children.filter(Files::isDirectory)
                    .filter(dir -> !dir.getFileName().toString().startsWith("."))
                    .sorted()
                    .toList()) {
                try {
                    models.add(ModelDirectory.open(child));
                } catch (FoveaException e) {
                    LOG.warn("Skipping a damaged model folder: {}", e.getMessage());
                }
            }
        } catch (IOException e) {
            throw new FoveaException("Cannot list the models in " + root + ": " + e.getMessage(), e);
        }
        return models;
    }

    public Optional<ModelDirectory> find(String id) {
        Path dir = root.resolve(normalizeId(id));
        return Files.isRegularFile(dir.resolve(ManifestFile.NAME))
                ? Optional.of(ModelDirectory.open(dir))
                : Optional.empty();
    }

    public Optional<ModelDirectory> active() {
        return activeId().flatMap(this::find);
    }

    public Optional<String> activeId() {
        Path file = root.resolve(ACTIVE);
        try {
            return Files.isRegularFile(file)
                    ? Optional.of(Files.readString(file, StandardCharsets.UTF_8).strip())
                            .filter(id -> !id.isEmpty())
                    : Optional.empty();
        } catch (IOException e) {
            throw new FoveaException("Cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    public void use(String id) {
        String wanted = normalizeId(id);
        if (find(wanted).isEmpty()) {
            boolean known = ModelRegistry.find(wanted).isPresent();
            throw new FoveaException((known ? wanted + " is not installed" : "No model '" + id + "' is installed")
                    + (HubSources.downloadable().contains(wanted)
                            ? ". Download it: `fovea model download " + wanted + "`"
                            : ". Install it with `fovea model import DIR`")
                    + "; `fovea model list` shows what is installed.");
        }
        writeActive(wanted);
    }

    public ModelDirectory importFrom(Path source) {
        return importFrom(source, ImportOptions.DEFAULT);
    }

    /**
     * Installs a copy of a model directory: a Fovea model directory (with {@code fovea-model.json}, as
     * {@code fovea_tools.export} writes it) or a Hugging Face ONNX export. The first installed model becomes active.
     */
    public ModelDirectory importFrom(Path source, ImportOptions options) {
        Path dir = source.toAbsolutePath().normalize();
        if (Files.isRegularFile(dir)) {
            return importCheckpoint(dir, options.variant(), "checkpoint imported from " + dir);
        }
        if (!Files.isDirectory(dir)) {
            throw new FoveaException(dir + (Files.exists(dir) ? " is not a directory" : " does not exist")
                    + ". Give the folder that holds the model (fovea-model.json, or onnx/ and tokenizer.json).");
        }
        if (Files.isRegularFile(dir.resolve(ManifestFile.NAME))) {
            return importFoveaDirectory(dir, options);
        }
        if (HuggingFaceExport.isLayout(dir)) {
            return installHuggingFace(dir, options, "Hugging Face ONNX export imported from " + dir, false);
        }
        throw new FoveaException(
                dir + " holds no model: expected fovea-model.json (python -m fovea_tools.export) or a Hugging Face "
                        + "ONNX export (onnx/vision_model.onnx, onnx/text_model.onnx, tokenizer.json).");
    }

    /**
     * Installs a variant from its open_clip checkpoint (safetensors or PyTorch zip), joined with the weightless
     * graph Fovea ships for it. Without a variant, the one whose tensors the checkpoint holds.
     */
    public ModelDirectory importCheckpoint(Path checkpoint, Optional<String> variantId, String description) {
        String id = variantId.map(ModelStore::normalizeId).orElseGet(() -> CheckpointAssembly.identify(checkpoint));
        ModelVariant variant = ModelRegistry.find(id)
                .orElseThrow(
                        () -> new FoveaException("Unknown model variant '" + id + "'; `fovea model list` shows them."));
        return install(
                id, checkpoint, staging -> CheckpointAssembly.assemble(checkpoint, variant, staging, description));
    }

    public ModelDirectory download(String variantId, DownloadProgress progress) {
        return download(variantId, ImportOptions.DEFAULT, progress);
    }

    /** Downloads, verifies and installs a registry variant; an interrupted download resumes on the next call. */
    public ModelDirectory download(String variantId, ImportOptions precision, DownloadProgress progress) {
        String id = normalizeId(variantId);
        ModelVariant variant = ModelRegistry.find(id)
                .orElseThrow(() -> new FoveaException("Unknown model variant '" + variantId + "'. Downloadable: "
                        + String.join(", ", HubSources.downloadable()) + "."));
        Path downloads = root.resolve(DOWNLOADS);
        Optional<HubSource> checkpoint = HubSources.checkpoint(id)
                .filter(ignored -> precision.imagePrecision() == TowerPrecision.FP32
                        && precision.textPrecision() == TowerPrecision.FP32);
        if (checkpoint.isPresent()) {
            return downloadCheckpoint(checkpoint.get(), downloads, progress);
        }
        HubSource source = HubSources.find(id, precision.imagePrecision(), precision.textPrecision())
                .orElseThrow(() -> new FoveaException(variant.displayName()
                        + " cannot be downloaded by Fovea (downloadable: "
                        + String.join(", ", HubSources.downloadable()) + "). "
                        + (variant.family() == ModelFamily.MOBILECLIP2 || variant.family() == ModelFamily.OPENAI_CLIP
                                ? "Export it with `tools/.venv/bin/python -m fovea_tools.export " + id
                                        + " --out DIR`, then `fovea model import DIR`."
                                : "Get its Hugging Face ONNX export and run `fovea model import DIR`.")));
        HubDownloader.Fetched fetched = downloader.fetch(source, downloads, progress);
        String description = fetched.repository() + "@" + fetched.revision() + " from "
                + downloader.hub().getHost() + " (" + String.join(", ", fetched.files()) + ")";
        ModelDirectory installed =
                installHuggingFace(fetched.directory(), precision.withVariant(id), description, true);
        // This download and any left by an earlier run that fetched another commit of the same variant.
        deleteMatching(downloads, id + "@", Duration.ZERO);
        return installed;
    }

    /**
     * Installs a variant from its official checkpoint: the copy in a Hugging Face cache when one verifies, else
     * a download (pinned commit or {@code main} resolved once; SHA-256 checked against the pin or the hub's LFS
     * oid). The manifest's {@code source} records the repository, commit and the checkpoint's SHA-256.
     */
    private ModelDirectory downloadCheckpoint(HubSource source, Path downloads, DownloadProgress progress) {
        Optional<HuggingFaceCache.Cached> cached = huggingFaceCache.find(source);
        if (cached.isPresent()) {
            HuggingFaceCache.Cached hit = cached.get();
            LOG.info("Using {} from the Hugging Face cache: {}", source.repository(), hit.file());
            return importCheckpoint(
                    hit.file(),
                    Optional.of(source.variantId()),
                    "open_clip checkpoint " + source.repository() + "@" + hit.revision() + "/"
                            + HubSources.CHECKPOINT_FILE + " from the Hugging Face cache (" + hit.file() + "), sha256 "
                            + hit.sha256());
        }
        HubDownloader.Fetched fetched = downloader.fetch(source, downloads, progress);
        Path file = fetched.directory().resolve(HubSources.CHECKPOINT_FILE);
        String pin = source.revision().isPresent() ? "commit pinned by Fovea" : "main resolved to this commit once";
        ModelDirectory installed = importCheckpoint(
                file,
                Optional.of(source.variantId()),
                "open_clip checkpoint " + fetched.repository() + "@" + fetched.revision() + "/"
                        + HubSources.CHECKPOINT_FILE + " from "
                        + downloader.hub().getHost() + " (" + pin
                        + "; sha256 " + Sha256.of(file) + ", checked against the hub's LFS oid)");
        deleteMatching(downloads, source.variantId() + "@", Duration.ZERO);
        return installed;
    }

    private ModelDirectory importFoveaDirectory(Path dir, ImportOptions options) {
        ModelDirectory source = ModelDirectory.open(dir);
        options.variant()
                .filter(variant -> !normalizeId(variant).equals(source.id()))
                .ifPresent(variant -> {
                    throw new FoveaException(dir + " holds " + source.id() + ", not " + variant + " (its "
                            + ManifestFile.NAME + " says so).");
                });
        return install(source.id(), dir, staging -> {
            copy(dir.resolve(ManifestFile.NAME), staging.resolve(ManifestFile.NAME), false);
            for (ModelManifest.ListedFile listed : source.manifest().files()) {
                copy(source.file(listed.path()), staging.resolve(listed.path()), false);
            }
            ModelDirectory staged = ModelDirectory.open(staging);
            staged.verifyChecksums();
            return staged;
        });
    }

    private ModelDirectory installHuggingFace(Path dir, ImportOptions options, String description, boolean move) {
        ModelVariant variant = HuggingFaceExport.identify(dir, options);
        HuggingFaceExport.checkPreprocessorConfig(dir, variant);
        List<Path> files = HuggingFaceExport.sourceFiles(dir, options);
        String source =
                description + ", image tower " + options.imagePrecision().label() + ", text tower "
                        + options.textPrecision().label();
        return install(variant.id(), dir, staging -> {
            Path image = copy(files.get(0), staging.resolve(HuggingFaceExport.IMAGE_FILE), move);
            Path text = copy(files.get(1), staging.resolve(HuggingFaceExport.TEXT_FILE), move);
            Path tokenizer = copy(files.get(2), staging.resolve(HuggingFaceExport.TOKENIZER), move);
            Path config = dir.resolve(HuggingFaceExport.PREPROCESSOR_CONFIG);
            if (Files.isRegularFile(config)) {
                copy(config, staging.resolve(HuggingFaceExport.PREPROCESSOR_CONFIG), move);
            }
            ManifestFile.write(
                    HuggingFaceExport.manifest(
                            variant, source, Sha256.of(image), Sha256.of(text), Sha256.of(tokenizer)),
                    staging.resolve(ManifestFile.NAME));
            return ModelDirectory.open(staging);
        });
    }

    @FunctionalInterface
    private interface Stager {
        ModelDirectory stage(Path staging) throws IOException;
    }

    /** @param origin the user's folder or checkpoint the staged files come from, named in errors instead */
    private synchronized ModelDirectory install(String id, Path origin, Stager stager) {
        Path target = root.resolve(id);
        Path staging = null;
        try {
            Files.createDirectories(root);
            deleteMatching(root, STAGING_PREFIX, ABANDONED);
            deleteMatching(root, REPLACED_PREFIX, ABANDONED);
            staging = Files.createTempDirectory(root, STAGING_PREFIX);
            installCheck.accept(stager.stage(staging));
            Path previous = null;
            if (Files.exists(target)) {
                previous = Files.createTempDirectory(root, REPLACED_PREFIX + id + "-");
                Files.delete(previous);
                Files.move(target, previous, StandardCopyOption.ATOMIC_MOVE);
            }
            Files.move(staging, target, StandardCopyOption.ATOMIC_MOVE);
            staging = null;
            if (previous != null) {
                deleteRecursively(previous);
            }
        } catch (IOException e) {
            throw new FoveaException("Cannot install " + id + " into " + root + ": " + e.getMessage(), e);
        } catch (FoveaException e) {
            throw staging == null ? e : namingTheOrigin(e, staging, origin);
        } finally {
            if (staging != null) {
                deleteRecursively(staging);
            }
        }
        if (active().isEmpty()) {
            writeActive(id);
        }
        LOG.info("Installed model {} at {}", id, target);
        return ModelDirectory.open(target);
    }

    /** The staging copy is deleted by the time the user reads the message: it names their file instead. */
    private static FoveaException namingTheOrigin(FoveaException e, Path staging, Path origin) {
        String message = e.getMessage();
        if (message == null || !message.contains(staging.toString())) {
            return e;
        }
        String named = Files.isDirectory(origin)
                ? message.replace(staging.toString(), origin.toString())
                : "The model assembled from " + origin + " is refused: "
                        + message.replace(staging + staging.getFileSystem().getSeparator(), "");
        return new FoveaException(named, e);
    }

    private static Path copy(Path from, Path to, boolean move) throws IOException {
        Files.createDirectories(to.getParent());
        if (move) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        } else {
            // A copy, not a hard link: re-running an export into the source folder rewrites its files in place.
            Files.copy(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
        return to;
    }

    private void writeActive(String id) {
        Path file = root.resolve(ACTIVE);
        Path temporary = root.resolve(ACTIVE + ".tmp");
        try {
            Files.createDirectories(root);
            Files.writeString(temporary, id + "\n", StandardCharsets.UTF_8);
            Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new FoveaException("Cannot write " + file + ": " + e.getMessage(), e);
        }
    }

    private static String normalizeId(String id) {
        String normalized = id.strip().toLowerCase(Locale.ROOT);
        if (!VALID_ID.matcher(normalized).matches()) {
            throw new FoveaException("'" + id
                    + "' is not a model id (lowercase letters, digits, '.', '_', '-'). `fovea model list` shows them.");
        }
        return normalized;
    }

    private static void deleteMatching(Path dir, String prefix, Duration olderThan) {
        if (!Files.isDirectory(dir)) {
            return;
        }
        Instant cutoff = Instant.now().minus(olderThan);
        try (Stream<Path> children = Files.list(dir)) {
            for (Path child : children.filter(c -> c.getFileName().toString().startsWith(prefix))
                    .toList()) {
                if (olderThan.isZero()
                        || Files.getLastModifiedTime(child).toInstant().isBefore(cutoff)) {
                    deleteRecursively(child);
                }
            }
        } catch (IOException e) {
            LOG.warn("Could not clean {}: {}", dir, e.getMessage());
        }
    }

    private static void deleteRecursively(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path path : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        } catch (IOException e) {
            LOG.warn("Could not delete {}: {}", dir, e.getMessage());
        }
    }
}
