package dev.steward.export.xlsx;

import java.util.List;

/** A sheet to write: its tab name, its columns and its rows (streamed, so a large log is never held twice). */
public record SheetSpec<T>(String name, List<Column<T>> columns, Iterable<T> rows) {
    public SheetSpec {
        if (name.length() > 31) throw new IllegalArgumentException("Excel sheet names hold at most 31 characters: " + name);
        columns = List.copyOf(columns);
    }
}
