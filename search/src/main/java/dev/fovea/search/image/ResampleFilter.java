package dev.fovea.search.image;

import dev.fovea.search.model.Interpolation;

/** Pillow's antialiasing resampling kernels (src/libImaging/Resample.c), with their support at scale 1. */
enum ResampleFilter {
    BILINEAR(1.0) {
        @Override
        double weight(double x) {
            double distance = Math.abs(x);
            return distance < 1.0 ? 1.0 - distance : 0.0;
        }
    },
    BICUBIC(2.0) {
        // Keys' cubic convolution with a = -0.5, written in Pillow's operation order so doubles round alike.
        @Override
        double weight(double x) {
            double a = -0.5;
            double distance = Math.abs(x);
            if (distance < 1.0) {
                return ((a + 2.0) * distance - (a + 3.0)) * distance * distance + 1;
            }
            if (distance < 2.0) {
                return (((distance - 5) * distance + 8) * distance - 4) * a;
            }
            return 0.0;
        }
    };

    private final double support;

    ResampleFilter(double support) {
        this.support = support;
    }

    double support() {
        return support;
    }

    abstract double weight(double x);

    static ResampleFilter of(Interpolation interpolation) {
        return switch (interpolation) {
            case BILINEAR -> BILINEAR;
            case BICUBIC -> BICUBIC;
        };
    }
}
