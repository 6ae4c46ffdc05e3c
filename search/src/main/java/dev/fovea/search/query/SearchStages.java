package dev.fovea.search.query;

import jdk.jfr.Category;
import jdk.jfr.Description;
import jdk.jfr.Event;
import jdk.jfr.Label;
import jdk.jfr.Name;

/**
 * The stages of one search as JFR events ({@code dev.fovea.SearchStage}), so that a recording of the app tells where a
 * slow search spent its time, on the same clock as the JVM's own events (compilations, class loading, other threads).
 * Costs nothing measurable unless a recording with the event enabled runs ({@code -XX:StartFlightRecording}).
 */
final class SearchStages {
    @Name("dev.fovea.SearchStage")
    @Label("Search stage")
    @Category("Fovea")
    @Description("One stage of a search: parsing, embedding, the relevance cut, the vector and name searches, ...")
    static final class StageEvent extends Event {
        @Label("Query")
        String query;

        @Label("Stage")
        String stage;
    }

    private final String query;
    private StageEvent current;

    SearchStages(String query) {
        this.query = query;
    }

    /** Ends the stage before, if any, and starts {@code stage}. */
    void start(String stage) {
        end();
        StageEvent event = new StageEvent();
        if (event.isEnabled()) {
            event.query = query;
            event.stage = stage;
            event.begin();
            current = event;
        }
    }

    /** Ends the current stage, if any. */
    void end() {
        if (current != null) {
            current.commit();
            current = null;
        }
    }
}
