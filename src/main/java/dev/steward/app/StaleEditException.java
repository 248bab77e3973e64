package dev.steward.app;

/** An edit's "before" state no longer matches the register: applying it would overwrite someone's change. */
public final class StaleEditException extends RuntimeException {
    public StaleEditException(String entityType, String id) {
        super(entityType + " " + id + " has changed since this edit was made; it was not applied");
    }
}
