package dev.steward.app.inventory;

import java.nio.file.Path;

/**
 * Reads a discovery file (CSV or XLSX) into its header and rows of text, nothing more: which
 * column means what, and whether a value is valid, is the import's business. Implementations
 * throw IllegalArgumentException naming the file when it is unreadable, too large or not what
 * its name says.
 */
public interface InventoryReader {
    RawTable read(Path file);
}
