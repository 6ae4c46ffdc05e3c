package dev.fovea.search.model;

public enum ModelFamily {
    MOBILECLIP,
    MOBILECLIP2,
    OPENAI_CLIP,
    /** The tiny committed test model: meaningful on colours, useless on photos. */
    FIXTURE
}
