package dev.steward.app;

import java.util.List;

/** The actor obligations shipped with a regulation's catalog (the catalog adapter implements it). */
public interface ObligationSource {

    /** Obligations of the catalog, in the order of the file; empty when it has none. */
    List<Obligation> obligations(String catalogId);
}
