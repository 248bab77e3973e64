package dev.steward.domain;

/** What the agent's activity log records, and for how long (days). */
public record LoggingSetup(boolean toolCalls, boolean inputsOutputs, boolean decisionPath, Integer retentionDays) {
    public LoggingSetup {
        if (retentionDays != null && retentionDays <= 0) {
            throw new IllegalArgumentException("logging retention days must be positive: " + retentionDays);
        }
    }

    public static LoggingSetup none() {
        return new LoggingSetup(false, false, false, null);
    }

    /** Everything the seed asks for: tool calls, inputs/outputs and decision path. */
    public boolean complete() {
        return toolCalls && inputsOutputs && decisionPath;
    }
}
