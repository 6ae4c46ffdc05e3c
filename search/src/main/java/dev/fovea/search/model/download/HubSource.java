package dev.fovea.search.model.download;

import java.util.List;
import java.util.Optional;

/**
 * Where a registry variant is downloaded from: a repository of ONNX exports in Hugging Face's layout.
 *
 * @param revision the pinned commit (40 hex digits); empty when none is known ahead, in which case the
 *     downloader resolves {@code main} to a commit once and downloads every file from that commit
 */
public record HubSource(String variantId, String repository, Optional<String> revision, List<HubFile> files) {
    public HubSource {
        revision.ifPresent(commit -> {
            if (!commit.matches("[0-9a-f]{40}")) {
                throw new IllegalArgumentException("A pinned revision is a full commit hash: " + commit);
            }
        });
        files = List.copyOf(files);
    }

    public boolean pinned() {
        return revision.isPresent()
                && files.stream().allMatch(file -> file.sha256().isPresent());
    }

    public long knownSize() {
        return files.stream().allMatch(file -> file.size() >= 0)
                ? files.stream().mapToLong(HubFile::size).sum()
                : -1;
    }
}
