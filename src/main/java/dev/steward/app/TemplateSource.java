package dev.steward.app;

import dev.steward.domain.RegisterContent;
import dev.steward.domain.RiskCategory;

import java.util.List;

/** Reads the starting content shipped in templates/ (the catalog adapter implements it). */
public interface TemplateSource {

    /** The default risk taxonomy every new register starts with. */
    List<RiskCategory> taxonomy();

    /** The demo company's register. */
    RegisterContent demoRegister();

    /** The 90-day roadmap template (templates/roadmap.json) with its recurring activities. */
    dev.steward.domain.roadmap.RoadmapTemplate roadmapTemplate();
}
