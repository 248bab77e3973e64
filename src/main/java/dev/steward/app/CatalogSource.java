package dev.steward.app;

import dev.steward.domain.Catalog;

import java.nio.file.Path;
import java.util.List;

/**
 * Framework catalogs: the ones shipped with the app plus the organisation's own, imported into the
 * user data folder. The catalog adapter implements it (JSON and OSCAL).
 */
public interface CatalogSource {

    /** Shipped and custom catalogs; invalid files are skipped and reported, never fatal. */
    LoadedCatalogs load();

    /**
     * Validates a directory of Steward catalog files (and its crosswalks/, and a control library in or
     * next to it); with {@code dir} null, the shipped catalogs and control library. Empty when all are valid.
     */
    List<CatalogIssue> validate(Path dir);

    /**
     * Imports a Steward JSON or OSCAL catalog file as a custom catalog, validating it first.
     *
     * @throws CatalogImportException naming the file, pointer and message of every problem; nothing is kept
     */
    Catalog importCatalog(Path file);

    /** Writes {@code catalog} as an OSCAL catalog (JSON) to {@code target}, replacing it atomically. */
    void exportOscal(Catalog catalog, Path target);
}
