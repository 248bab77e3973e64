package dev.steward.ui.controls;

import dev.steward.app.ComplianceService;
import dev.steward.app.ControlService;
import dev.steward.app.CoverageService;
import dev.steward.app.EvidenceService;

/** What the Controls and Coverage sections need from the app, wired by the Launcher. */
public record ControlsServices(ControlService controls, CoverageService coverage, EvidenceService evidence,
                               ComplianceService compliance, java.time.Clock clock) {
}
