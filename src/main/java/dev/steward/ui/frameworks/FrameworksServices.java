package dev.steward.ui.frameworks;

import dev.steward.app.Actor;
import dev.steward.app.CatalogSource;
import dev.steward.app.CatalogUpdates;

/** What the Frameworks section needs from the app, wired by the Launcher. */
public record FrameworksServices(CatalogSource catalogs, CatalogUpdates updates, Actor actor) {
}
