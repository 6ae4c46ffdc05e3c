package dev.fovea.app.desktop.backend;

/**
 * A downloadable model.
 *
 * @param light offered for slow machines
 * @param imageNetZeroShot published ImageNet zero-shot top-1 percent, or 0 when unknown
 * @param estimatedMillisPerPhoto image-tower time per photo estimated for this machine, or -1 when unknown
 */
public record ModelOffer(
        String id,
        String displayName,
        long downloadBytes,
        boolean recommended,
        boolean light,
        double imageNetZeroShot,
        long estimatedMillisPerPhoto) {}
