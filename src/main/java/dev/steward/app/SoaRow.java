package dev.steward.app;

import dev.steward.domain.Control;
import dev.steward.domain.Evidence;
import dev.steward.domain.coverage.ClauseCoverage;

import java.util.List;

/**
 * One ISO/IEC 42001 Annex A control in the Statement of Applicability.
 *
 * @param objective      the control objective it belongs to ("A.6.2 AI system life cycle")
 * @param applicable     as decided; true when nobody decided yet
 * @param decided        whether an applicability decision was recorded
 * @param justification  the recorded reason for inclusion or exclusion; empty when none
 * @param implementation implementation status in words, from the mapped controls
 */
public record SoaRow(String ref, String title, String objective, boolean applicable, boolean decided, String justification,
                     String implementation, ClauseCoverage coverage, List<Control> controls, List<Evidence> evidence) {
    public SoaRow {
        controls = List.copyOf(controls);
        evidence = List.copyOf(evidence);
    }
}
