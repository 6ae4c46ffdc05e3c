package dev.fovea.search.model;

/** The resampling filter of the reference's resize (PIL's, as torchvision applies it). */
public enum Interpolation {
    BILINEAR,
    BICUBIC
}
