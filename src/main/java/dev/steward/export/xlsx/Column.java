package dev.steward.export.xlsx;

import java.util.List;
import java.util.function.Function;

/**
 * One column of a workbook sheet: its header, width in characters, how its values are written,
 * and (for enumerated columns) the values a validation list offers.
 */
public record Column<T>(String header, int width, Kind kind, Function<T, ?> value, List<String> allowed) {

    /** How a value is written: text (wrapped or not), a number, a date, a date-time, or a 1-25 risk score. */
    public enum Kind { TEXT, WRAP, NUMBER, DATE, DATETIME, SCORE }

    public Column {
        allowed = allowed == null ? List.of() : List.copyOf(allowed);
    }

    public static <T> Column<T> text(String header, int width, Function<T, ?> value) {
        return new Column<>(header, width, Kind.TEXT, value, null);
    }

    public static <T> Column<T> wrap(String header, int width, Function<T, ?> value) {
        return new Column<>(header, width, Kind.WRAP, value, null);
    }

    public static <T> Column<T> number(String header, int width, Function<T, ?> value) {
        return new Column<>(header, width, Kind.NUMBER, value, null);
    }

    public static <T> Column<T> date(String header, Function<T, ?> value) {
        return new Column<>(header, 12, Kind.DATE, value, null);
    }

    public static <T> Column<T> dateTime(String header, Function<T, ?> value) {
        return new Column<>(header, 19, Kind.DATETIME, value, null);
    }

    public static <T> Column<T> score(String header, Function<T, ?> value) {
        return new Column<>(header, 9, Kind.SCORE, value, null);
    }

    public static <T, E extends Enum<E>> Column<T> choice(String header, int width, Class<E> type, Function<T, E> value) {
        List<String> names = java.util.Arrays.stream(type.getEnumConstants()).map(Enum::name).toList();
        return new Column<>(header, width, Kind.TEXT, t -> {
            E e = value.apply(t);
            return e == null ? null : e.name();
        }, names);
    }
}
