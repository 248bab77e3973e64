package dev.steward.ui.controls;

import dev.steward.domain.Control;

/** A line of the controls table. */
public record ControlRow(Control control, String owner, String appliesTo, int mappings, int risks, int evidence,
                         int staleEvidence) {
    public String id() {
        return control.id();
    }
}
