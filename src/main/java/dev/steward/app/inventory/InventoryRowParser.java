package dev.steward.app.inventory;

import dev.steward.domain.Accountability;
import dev.steward.domain.Agent;
import dev.steward.domain.AutonomyLevel;
import dev.steward.domain.DataClass;
import dev.steward.domain.DiscoverySource;
import dev.steward.domain.Ids;
import dev.steward.domain.Lifecycle;
import dev.steward.domain.Person;
import dev.steward.domain.Platform;
import dev.steward.domain.Provenance;
import dev.steward.domain.Sanction;
import dev.steward.domain.Sighting;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;

/** Turns one row into the values of a shadow agent, collecting every problem of the row rather than stopping at the first. */
final class InventoryRowParser {
    private static final int MAX_TEXT = 500;

    private final String file;
    private final InventoryColumns columns;
    private final List<Person> people;

    InventoryRowParser(String file, InventoryColumns columns, List<Person> people) {
        this.file = file;
        this.columns = columns;
        this.people = people;
    }

    record Parsed(String name, String vendor, String model, String ownerId, String businessUnit, DiscoverySource source,
                  Set<DataClass> dataClasses, Sighting sighting, List<RowProblem> problems) {

        Agent toAgent(String id, String purpose) {
            return new Agent(id, name, purpose, businessUnit, Lifecycle.PROPOSED,
                    new Provenance(Sanction.SHADOW, source, null, null), new Platform(vendor, model, null),
                    AutonomyLevel.SUGGESTS_ONLY, null, dataClasses, null, null, null, null, null,
                    ownerId == null ? null : Accountability.ownedBy(ownerId), null, sighting, List.of());
        }
    }

    Parsed parse(RawTable.Row row) {
        List<RowProblem> problems = new ArrayList<>();
        String name = text(row, InventoryField.NAME, problems);
        if (name == null && problems.isEmpty()) problems.add(problem(row, InventoryField.NAME, "is required"));
        String vendor = text(row, InventoryField.VENDOR, problems);
        String model = text(row, InventoryField.MODEL, problems);
        String unit = text(row, InventoryField.BUSINESS_UNIT, problems);
        String owner = value(row, InventoryField.OWNER, this::person, problems);
        DiscoverySource source = value(row, InventoryField.DISCOVERY_SOURCE, InventoryValues::source, problems);
        Set<DataClass> classes = value(row, InventoryField.DATA_CLASSES, InventoryValues::dataClasses, problems);
        LocalDate first = value(row, InventoryField.FIRST_SEEN, InventoryValues::date, problems);
        LocalDate last = value(row, InventoryField.LAST_SEEN, InventoryValues::date, problems);
        Integer users = value(row, InventoryField.USERS, InventoryValues::users, problems);
        if (first != null && last != null && last.isBefore(first)) {
            problems.add(problem(row, InventoryField.LAST_SEEN, last + " is before first seen " + first));
        }
        Sighting sighting = problems.isEmpty() && (first != null || last != null || users != null) ? new Sighting(first, last, users) : null;
        return new Parsed(name, vendor, model, owner, unit, source == null ? DiscoverySource.IMPORT : source, classes,
                sighting, problems);
    }

    private String text(RawTable.Row row, InventoryField field, List<RowProblem> problems) {
        String v = columns.value(row, field);
        if (v.length() > MAX_TEXT) {
            problems.add(problem(row, field, "is " + v.length() + " characters long (at most " + MAX_TEXT + ")"));
            return null;
        }
        return v.isEmpty() ? null : v;
    }

    private <T> T value(RawTable.Row row, InventoryField field, Function<String, T> parse, List<RowProblem> problems) {
        String v = columns.value(row, field);
        if (v.isEmpty() && field != InventoryField.DATA_CLASSES) return null;
        if (v.length() > MAX_TEXT) {
            problems.add(problem(row, field, "is " + v.length() + " characters long (at most " + MAX_TEXT + ")"));
            return null;
        }
        try {
            return parse.apply(v);
        } catch (IllegalArgumentException e) {
            problems.add(problem(row, field, e.getMessage()));
            return null;
        }
    }

    /** An owner is a person of the register, named by id, e-mail or name. */
    private String person(String text) {
        String t = text.toLowerCase(Locale.ROOT);
        for (Person p : people) {
            if (p.id().equalsIgnoreCase(text) || t.equals(p.email() == null ? null : p.email().toLowerCase(Locale.ROOT))
                    || p.name().equalsIgnoreCase(text)) {
                return p.id();
            }
        }
        throw new IllegalArgumentException("no person '" + text + "' in the register (use a name, e-mail or id like "
                + Ids.format(Ids.PERSON, 1) + ")");
    }

    private RowProblem problem(RawTable.Row row, InventoryField field, String problem) {
        return new RowProblem(file, row.number(), field.label(), problem);
    }
}
