package dev.steward.domain;

/** What the agent runs on: vendor, model and where it is hosted; all free text, all optional. */
public record Platform(String vendor, String model, String hosting) {
    public static Platform unknown() {
        return new Platform(null, null, null);
    }
}
