package dev.steward.cli;

import dev.steward.app.CatalogSource;
import dev.steward.app.RegisterService;
import dev.steward.app.UiStarter;
import dev.steward.app.pack.AuditPackService;

/** The app services the commands use, built by the composition root (one value instead of a growing parameter list). */
public record CliServices(RegisterService registers, UiStarter ui, CatalogSource catalogs, AuditPackService packs) {
}
