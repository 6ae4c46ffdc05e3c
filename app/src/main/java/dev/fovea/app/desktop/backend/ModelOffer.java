package dev.fovea.app.desktop.backend;

/**
 * A downloadable model.
 *
 * @param light offered for slow machines
 */
public record ModelOffer(String id, String displayName, long downloadBytes, boolean recommended, boolean light) {}
