package dev.steward.app;

import dev.steward.domain.CatalogAdoption;

import java.util.List;

/** The catalog versions a register's mappings were made against (the store keeps them in the register). */
public interface CatalogAdoptionPort {

    List<CatalogAdoption> adopted(RegisterPort register);

    /** Records (or replaces) the adoption in one transaction with its change-log row. */
    void adopt(RegisterPort register, CatalogAdoption adoption, String actor);
}
