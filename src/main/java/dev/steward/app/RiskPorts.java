package dev.steward.app;

import java.time.Clock;

/** What the risk screens need from outside: the threat catalogs, the suggestion library and today's date. */
public record RiskPorts(ThreatCatalog threats, RiskLibrary library, Clock clock) {
}
