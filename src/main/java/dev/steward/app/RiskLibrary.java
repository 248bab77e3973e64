package dev.steward.app;

import dev.steward.domain.suggest.RiskTemplate;

import java.util.List;

/** The library of risks Steward suggests from agent profiles (templates/risk-library.json). */
public interface RiskLibrary {
    List<RiskTemplate> templates();
}
