package dev.fovea.app.desktop.ui;

import java.util.Locale;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

/** UI tests need a display: on Linux without DISPLAY they are skipped and say how to run them. */
public final class DisplayCondition implements ExecutionCondition {
    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        boolean linux =
                System.getProperty("os.name", "").toLowerCase(Locale.ROOT).contains("linux");
        String display = System.getenv("DISPLAY");
        if (linux && (display == null || display.isBlank())) {
            return ConditionEvaluationResult.disabled(
                    "Skipped: UI tests need a display. Start one (Xvfb :99 &; export DISPLAY=:99) or run .ci/run, which does.");
        }
        return ConditionEvaluationResult.enabled("display " + display);
    }
}
