package dev.steward.app.inventory;

/** One invalid value: printed as {@code FILE:ROW: field: problem}. */
public record RowProblem(String file, int row, String field, String problem) {
    @Override
    public String toString() {
        return file + ":" + row + ": " + field + ": " + problem;
    }
}
