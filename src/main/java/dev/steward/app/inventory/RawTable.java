package dev.steward.app.inventory;

import java.util.List;

/** A file's header and data rows as text; each row knows its row number in the file (the header is row 1). */
public record RawTable(List<String> header, List<Row> rows) {
    public RawTable {
        header = List.copyOf(header);
        rows = List.copyOf(rows);
    }

    public record Row(int number, List<String> cells) {
        public Row {
            cells = cells.stream().map(c -> c == null ? "" : c).toList();
        }

        public String cell(int index) {
            return index < cells.size() ? cells.get(index).strip() : "";
        }

        public boolean blank() {
            return cells.stream().allMatch(String::isBlank);
        }
    }
}
