package dev.fovea.app.desktop.backend;

import dev.fovea.search.query.filter.DurationRange;

/** The filter panel's video lengths: a few ranges people think in, rather than two number fields. */
public enum DurationChoice {
    UNDER_30_SECONDS(null, 30.0),
    HALF_TO_FIVE_MINUTES(30.0, 300.0),
    OVER_FIVE_MINUTES(300.0, null);

    private final Double minSeconds;
    private final Double maxSeconds;

    DurationChoice(Double minSeconds, Double maxSeconds) {
        this.minSeconds = minSeconds;
        this.maxSeconds = maxSeconds;
    }

    public DurationRange range() {
        return new DurationRange(minSeconds, maxSeconds);
    }
}
