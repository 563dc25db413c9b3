package dk.modningsportal.operations;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Something the portal needs for itself is taken: the message says in one sentence what to set. */
public class PortalCannotStart extends RuntimeException {

    private final String action;

    PortalCannotStart(String message, String action) {
        super(message);
        this.action = action;
    }

    /** Tells it as Spring Boot tells a failed start, without a stack trace. */
    public static class Analyzer extends AbstractFailureAnalyzer<PortalCannotStart> {

        @Override
        protected FailureAnalysis analyze(Throwable rootFailure, PortalCannotStart cause) {
            return new FailureAnalysis(cause.getMessage(), cause.action, cause);
        }
    }
}
