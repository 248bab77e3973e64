package dev.steward.domain;

import java.util.List;

/**
 * The register's working record of one EU AI Act obligation for one agent: where it stands, the controls
 * that meet it and a note. Evidence attaches to it through {@link EvidenceLink}. Its id is {@link #idFor}.
 */
public record ObligationRecord(String id, String agentId, String ref, ObligationStatus status, List<String> controlIds,
                               String note) implements Entity {

    public enum ObligationStatus {
        OPEN("Open"), IN_PROGRESS("In progress"), MET("Met"), NOT_APPLICABLE("Not applicable");

        private final String label;

        ObligationStatus(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    public ObligationRecord {
        Ids.require(Ids.AGENT, agentId, "obligation agentId");
        Check.text(ref, "obligation ref");
        if (!idFor(agentId, ref).equals(id)) {
            throw new IllegalArgumentException("obligation record id must be '" + idFor(agentId, ref) + "': '" + id + "'");
        }
        status = status == null ? ObligationStatus.OPEN : status;
        controlIds = Check.ids(controlIds, Ids.CONTROL, "obligation controlIds");
        note = note == null ? "" : note;
        if (status == ObligationStatus.NOT_APPLICABLE && note.isBlank()) {
            throw new IllegalArgumentException("an obligation marked not applicable needs a note saying why: " + ref);
        }
    }

    public static String idFor(String agentId, String ref) {
        return agentId + "|" + ref;
    }

    public static ObligationRecord open(String agentId, String ref) {
        return new ObligationRecord(idFor(agentId, ref), agentId, ref, ObligationStatus.OPEN, List.of(), "");
    }
}
