package dev.fovea.indexer.pipeline;

/** What the result writer receives: each file's outcome, then the run's {@link ResultWriter.Finish}, then the end. */
sealed interface ToWrite permits PhotoOutcome, ResultWriter.Finish, ToWrite.End {
    ToWrite END = new End();

    record End() implements ToWrite {}
}
