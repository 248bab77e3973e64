package dev.steward.ui;

import dev.steward.app.RiskPorts;
import dev.steward.catalog.CatalogLoader;
import dev.steward.catalog.JsonRiskLibrary;
import dev.steward.catalog.ShippedThreatCatalog;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;

/** The shipped threat catalogs and risk library, on the demo register's "today" (2026-11-23). */
public final class TestRiskPorts {
    public static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

    private TestRiskPorts() {
    }

    public static RiskPorts create() {
        var threats = new ShippedThreatCatalog(new CatalogLoader());
        return new RiskPorts(threats, new JsonRiskLibrary(threats), clock());
    }

    public static Clock clock() {
        return Clock.fixed(TODAY.atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC);
    }
}
