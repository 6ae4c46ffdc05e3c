package dev.fovea.search.model.download;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Hugging Face's local cache, as {@code huggingface_hub} lays it out ({@code models--ORG--NAME/snapshots/REV/FILE},
 * a link to {@code blobs/SHA256} for large files): a checkpoint already fetched by the Hugging Face tools is
 * used instead of downloading it again. A cached file is taken only when its content hashes to the SHA-256 its
 * blob is named by (and to the pinned one, when Fovea pins one).
 */
public final class HuggingFaceCache {
    private static final Logger LOG = LoggerFactory.getLogger(HuggingFaceCache.class);

    private final List<Path> roots;

    public HuggingFaceCache(List<Path> roots) {
        this.roots = List.copyOf(roots);
    }

    /** The caches the Hugging Face tools use: {@code HF_HUB_CACHE}, else {@code HF_HOME/hub}, else ~/.cache/huggingface/hub. */
    public static HuggingFaceCache standard(Map<String, String> environment, Path userHome) {
        List<Path> roots = new ArrayList<>();
        Optional.ofNullable(environment.get("HF_HUB_CACHE"))
                .filter(v -> !v.isBlank())
                .map(Path::of)
                .ifPresent(roots::add);
        Optional.ofNullable(environment.get("HF_HOME"))
                .filter(v -> !v.isBlank())
                .map(home -> Path.of(home, "hub"))
                .ifPresent(roots::add);
        Optional.ofNullable(environment.get("XDG_CACHE_HOME"))
                .filter(v -> !v.isBlank())
                .map(cache -> Path.of(cache, "huggingface", "hub"))
                .ifPresent(roots::add);
        roots.add(userHome.resolve(".cache/huggingface/hub"));
        return new HuggingFaceCache(roots);
    }

    public List<Path> roots() {
        return roots;
    }

    /** A cached, verified copy of the source's single file, if any cache holds one. */
    public Optional<Cached> find(HubSource source) {
        HubFile file = source.files().getFirst();
        String folder = "models--" + source.repository().replace("/", "--");
        for (Path root : roots) {
            Path snapshots = root.resolve(folder).resolve("snapshots");
            if (!Files.isDirectory(snapshots)) {
                continue;
            }
            for (Path snapshot : snapshots(snapshots, source)) {
                Path candidate = snapshot.resolve(file.path());
                Optional<Cached> verified = verify(candidate, file);
                if (verified.isPresent()) {
                    return verified;
                }
            }
        }
        return Optional.empty();
    }

    /** A verified cached file: its path, the commit folder it was found under and its SHA-256. */
    public record Cached(Path file, String revision, String sha256) {}

    private static List<Path> snapshots(Path snapshots, HubSource source) {
        if (source.revision().isPresent()) {
            return List.of(snapshots.resolve(source.revision().get()));
        }
        try (Stream<Path> children = Files.list(snapshots)) {
            return children.filter(Files::isDirectory)
                    .sorted(Comparator.comparing(HuggingFaceCache::modified).reversed())
                    .toList();
        } catch (IOException e) {
            return List.of();
        }
    }

    private static Optional<Cached> verify(Path candidate, HubFile file) {
        try {
            if (!Files.isRegularFile(candidate)) {
                return Optional.empty();
            }
            Path blob = candidate.toRealPath();
            String named = blob.getFileName().toString().toLowerCase(Locale.ROOT);
            String expected = file.sha256().orElse(named);
            if (!expected.matches("[0-9a-f]{64}") || (file.sha256().isPresent() && !named.equals(expected))) {
                return Optional.empty();
            }
            if (file.size() >= 0 && Files.size(blob) != file.size()) {
                return Optional.empty();
            }
            String actual = Sha256.of(blob);
            if (!actual.equals(expected)) {
                LOG.warn(
                        "Ignoring {} in the Hugging Face cache: its content hashes to {}, not {}",
                        candidate,
                        actual,
                        expected);
                return Optional.empty();
            }
            return Optional.of(
                    new Cached(blob, candidate.getParent().getFileName().toString(), actual));
        } catch (IOException | RuntimeException e) {
            LOG.warn("Ignoring {} in the Hugging Face cache: {}", candidate, e.getMessage());
            return Optional.empty();
        }
    }

    private static long modified(Path path) {
        try {
            return Files.getLastModifiedTime(path).toMillis();
        } catch (IOException e) {
            return 0;
        }
    }
}
