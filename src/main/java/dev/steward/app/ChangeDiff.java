package dev.steward.app;

import java.util.List;

/** Field-by-field difference of two JSON states of an entity, for showing what an edit changed. */
public interface ChangeDiff {

    List<FieldChange> diff(String beforeJson, String afterJson);

    /** One changed field: a dotted path such as {@code identity.tokenLifetime} and its two values as text. */
    record FieldChange(String path, String before, String after) {
    }
}
