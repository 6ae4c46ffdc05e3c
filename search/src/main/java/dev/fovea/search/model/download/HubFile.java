package dev.fovea.search.model.download;

import java.util.Optional;

/**
 * One file of a model repository on the hub.
 *
 * @param sha256 the pinned digest (the LFS oid), when known ahead; otherwise learned from the hub's response
 * @param size the pinned size in bytes, or -1 when not known ahead
 */
public record HubFile(String path, Optional<String> sha256, long size) {
    public static HubFile pinned(String path, String sha256, long size) {
        return new HubFile(path, Optional.of(sha256), size);
    }

    public static HubFile unpinned(String path) {
        return new HubFile(path, Optional.empty(), -1);
    }
}
