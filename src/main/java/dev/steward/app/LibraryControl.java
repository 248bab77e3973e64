package dev.steward.app;

import dev.steward.domain.ControlKind;
import dev.steward.domain.ControlNature;
import dev.steward.domain.Relation;
import dev.steward.domain.TestFrequency;

import java.util.List;

/** A control of the shipped control library, with the clauses it maps to; its id is the library's, not the register's. */
public record LibraryControl(String libraryId, String name, String description, ControlKind kind, ControlNature nature,
                             TestFrequency testFrequency, List<LibraryMapping> mappings) {

    /** "control RELATION clause", with a one-line rationale. */
    public record LibraryMapping(String frameworkId, String clauseRef, Relation relation, String rationale) {
    }

    public LibraryControl {
        mappings = List.copyOf(mappings);
    }
}
