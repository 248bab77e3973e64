package dev.steward.domain;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/** A framework catalog (NIST AI RMF, ISO/IEC 42001, EU AI Act, a threat catalog, ...): a tree of clauses. */
public final class Catalog {

    private final String id;
    private final String name;
    private final String version;
    private final String publisher;
    private final String source;
    private final String licence;
    private final String status;
    private final String statusCheckedOn;
    private final List<String> notes;
    private final List<Clause> clauses;
    private final Map<String, Clause> byRef = new LinkedHashMap<>();
    private final Map<String, List<Clause>> children = new LinkedHashMap<>();

    /**
     * @param status          legal or editorial status when it matters (e.g. a repealed act), else null
     * @param statusCheckedOn when that status was last checked (ISO date), else null
     */
    public Catalog(String id, String name, String version, String publisher, String source, String licence,
                   String status, String statusCheckedOn, List<String> notes, List<Clause> clauses) {
        this.id = requireText(id, "id");
        this.name = requireText(name, "name");
        this.version = requireText(version, "version");
        this.publisher = requireText(publisher, "publisher");
        this.source = requireText(source, "source");
        this.licence = requireText(licence, "licence");
        this.status = status;
        this.statusCheckedOn = statusCheckedOn;
        this.notes = List.copyOf(notes);
        this.clauses = List.copyOf(clauses);
        for (Clause c : this.clauses) {
            if (!c.catalogId().equals(id)) {
                throw new IllegalArgumentException("clause " + c.ref() + " belongs to " + c.catalogId() + ", not " + id);
            }
            if (byRef.putIfAbsent(c.ref(), c) != null) {
                throw new IllegalArgumentException("duplicate ref " + c.ref() + " in " + id);
            }
        }
        for (Clause c : this.clauses) {
            if (!c.isRoot()) {
                Clause parent = byRef.get(c.parentRef());
                if (parent == null || parent.level() != c.level() - 1) {
                    throw new IllegalArgumentException("clause " + c.ref() + " has no parent " + c.parentRef()
                            + " one level up in " + id);
                }
                children.computeIfAbsent(c.parentRef(), k -> new ArrayList<>()).add(c);
            }
        }
        children.replaceAll((k, v) -> List.copyOf(v));
    }

    public String id() { return id; }
    public String name() { return name; }
    public String version() { return version; }
    public String publisher() { return publisher; }
    public String source() { return source; }
    public String licence() { return licence; }
    public Optional<String> status() { return Optional.ofNullable(status); }
    public Optional<String> statusCheckedOn() { return Optional.ofNullable(statusCheckedOn); }
    public List<String> notes() { return notes; }
    /** All clauses in document order. */
    public List<Clause> clauses() { return clauses; }

    public Optional<Clause> clause(String ref) {
        return Optional.ofNullable(byRef.get(ref));
    }

    public boolean contains(String ref) {
        return byRef.containsKey(ref);
    }

    /** Direct children of a clause, in document order; empty for a leaf or an unknown ref. */
    public List<Clause> childrenOf(String ref) {
        return children.getOrDefault(ref, Collections.emptyList());
    }

    public List<Clause> roots() {
        return clauses.stream().filter(Clause::isRoot).toList();
    }

    /** Clauses of one kind ("subcategory", "article", ...), in document order. */
    public List<Clause> clausesOfKind(String kind) {
        return clauses.stream().filter(c -> c.kind().equals(kind)).toList();
    }

    @Override
    public String toString() {
        return "Catalog[" + id + " " + version + ", " + clauses.size() + " clauses]";
    }

    private static String requireText(String value, String what) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("catalog " + what + " must not be blank");
        }
        return value;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Catalog other && id.equals(other.id) && version.equals(other.version)
                && clauses.equals(other.clauses);
    }

    @Override
    public int hashCode() {
        return Objects.hash(id, version, clauses);
    }
}
