package dev.steward.ui.changelog;

import dev.steward.app.ChangeDiff;
import dev.steward.app.OpenedRegister;
import dev.steward.app.TaskRunner;
import dev.steward.domain.ChangeEntry;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Who changed what, when: the change log newest first, filtered as the user types over actor,
 * entity, id and action, and for the selected row the fields it changed.
 */
public final class ChangeLogViewModel {
    private static final int PAGE = 2_000;

    private final TaskRunner tasks;
    private final ChangeDiff diff;
    private final ObservableList<ChangeEntry> entries = FXCollections.observableArrayList();
    private final FilteredList<ChangeEntry> filtered = new FilteredList<>(entries);
    private final StringProperty filter = new SimpleStringProperty("");
    private final ObjectProperty<ChangeEntry> selected = new SimpleObjectProperty<>();
    private final ObservableList<ChangeDiff.FieldChange> selectedChanges = FXCollections.observableArrayList();

    public ChangeLogViewModel(TaskRunner tasks, ChangeDiff diff) {
        this.tasks = tasks;
        this.diff = diff;
        filter.addListener((o, a, text) -> applyFilter(text));
        selected.addListener((o, a, entry) -> selectedChanges.setAll(
                entry == null ? List.of() : diff.diff(entry.beforeJson(), entry.afterJson())));
    }

    private final dev.steward.ui.Reading reading = new dev.steward.ui.Reading();

    /** True until a newly opened register's data is read: an empty list then is not a finding. */
    public javafx.beans.property.ReadOnlyBooleanProperty readingProperty() {
        return reading.property();
    }

    public void reload(OpenedRegister opened) {
        reading.started(opened);
        if (opened == null) {
            entries.clear();
            return;
        }
        tasks.run(new TaskRunner.BackgroundWork<List<ChangeEntry>>() {
            @Override
            public String title() {
                return "Reading the change log";
            }

            @Override
            public List<ChangeEntry> run(TaskRunner.Progress progress) {
                var log = opened.register().changeLog();
                long size = log.size();
                List<ChangeEntry> all = new ArrayList<>((int) Math.min(size, Integer.MAX_VALUE));
                for (long offset = 0; offset < size && !progress.cancelled(); offset += PAGE) {
                    all.addAll(log.page(offset, PAGE));
                    progress.update(Math.min(offset + PAGE, size), size, null);
                }
                java.util.Collections.reverse(all);
                return all;
            }
        }, rows -> {
            entries.setAll(rows);
            applyFilter(filter.get());
            reading.ended(opened);
        }, e -> {
            reading.ended(opened);
            entries.clear();
        });
    }

    private void applyFilter(String text) {
        String needle = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
        filtered.setPredicate(needle.isEmpty() ? null : e -> matches(e, needle));
    }

    static boolean matches(ChangeEntry e, String needle) {
        return e.actor().toLowerCase(Locale.ROOT).contains(needle)
                || e.entityType().toLowerCase(Locale.ROOT).contains(needle)
                || e.entityId().toLowerCase(Locale.ROOT).contains(needle)
                || e.action().name().toLowerCase(Locale.ROOT).contains(needle);
    }

    public ObservableList<ChangeEntry> rows() {
        return filtered;
    }

    public int totalRows() {
        return entries.size();
    }

    public StringProperty filterProperty() {
        return filter;
    }

    public ObjectProperty<ChangeEntry> selectedProperty() {
        return selected;
    }

    public ObservableList<ChangeDiff.FieldChange> selectedChanges() {
        return selectedChanges;
    }
}
