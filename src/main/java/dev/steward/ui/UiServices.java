package dev.steward.ui;

import dev.steward.app.ChangeDiff;
import dev.steward.app.RiskPorts;
import dev.steward.app.inventory.InventoryReader;
import dev.steward.ui.frameworks.FrameworksServices;

/**
 * The app services the window's sections need, built by the composition root and handed down in
 * one value (each feature adds its own here instead of another constructor parameter).
 */
public record UiServices(ChangeDiff diff, FrameworksServices frameworks, RiskPorts risks, InventoryReader inventories,
                         dev.steward.app.pack.AuditPackService packs, dev.steward.ui.controls.ControlsServices controls,
                         dev.steward.app.DisplaySettings display) {
}
