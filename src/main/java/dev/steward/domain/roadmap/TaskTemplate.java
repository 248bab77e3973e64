package dev.steward.domain.roadmap;

import dev.steward.domain.CommitteeRole;
import dev.steward.domain.Phase;

import java.util.List;

/**
 * A task of the roadmap template: a key other tasks depend on, its phase, a default duration in
 * working days, the committee seat that owns it by default and the evidence that proves it done.
 */
public record TaskTemplate(String key, Phase phase, String title, String description, int durationDays,
                           List<String> dependsOn, CommitteeRole ownerRole, String evidenceKind) {
    public TaskTemplate {
        if (key == null || !key.matches("[a-z][a-z0-9-]*")) {
            throw new IllegalArgumentException("template task key must be lower-case words joined by '-': '" + key + "'");
        }
        if (phase == null) throw new IllegalArgumentException("template task " + key + " phase is required");
        if (title == null || title.isBlank()) throw new IllegalArgumentException("template task " + key + " title is required");
        if (durationDays < 1 || durationDays > 60) {
            throw new IllegalArgumentException("template task " + key + " durationDays must be between 1 and 60: " + durationDays);
        }
        dependsOn = dependsOn == null ? List.of() : List.copyOf(dependsOn);
        if (evidenceKind == null || evidenceKind.isBlank()) {
            throw new IllegalArgumentException("template task " + key + " evidenceKind is required");
        }
    }
}
