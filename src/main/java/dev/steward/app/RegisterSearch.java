package dev.steward.app;

import dev.steward.app.pack.FrameworkNames;
import dev.steward.domain.Agent;
import dev.steward.domain.Catalog;
import dev.steward.domain.Clause;
import dev.steward.domain.Control;
import dev.steward.domain.Incident;
import dev.steward.domain.Risk;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * The main window's search: agents, risks, controls, incidents and framework clauses by id or
 * words. Built once from a register and the loaded catalogs, then asked on every keystroke: every
 * word of the query must occur in an item's id, title or detail; an exact id comes first, then
 * ids that start with the query, then the rest in register order.
 */
public final class RegisterSearch {

    /** What a hit is, in the order results are grouped. */
    public enum Kind {
        AGENT("Agent"), RISK("Risk"), CONTROL("Control"), INCIDENT("Incident"), CLAUSE("Clause");

        private final String label;

        Kind(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /** One result; {@code catalogId} is set for clauses only. */
    public record Hit(Kind kind, String id, String title, String detail, String catalogId) {
    }

    private record Entry(Hit hit, String idLower, String haystack) {
    }

    public static final RegisterSearch EMPTY = new RegisterSearch(List.of());

    private final List<Entry> entries;

    private RegisterSearch(List<Entry> entries) {
        this.entries = entries;
    }

    /** The index of a register's items (none when {@code register} is null) and the catalogs' clauses. */
    public static RegisterSearch of(RegisterPort register, List<Catalog> catalogs) {
        List<Entry> entries = new ArrayList<>();
        if (register != null) addRegister(entries, register);
        for (Catalog catalog : catalogs) {
            String name = FrameworkNames.shortName(catalog.id(), catalog.name());
            for (Clause c : catalog.clauses()) {
                add(entries, new Hit(Kind.CLAUSE, c.ref(), c.title() == null ? "" : c.title(), name, catalog.id()));
            }
        }
        return new RegisterSearch(List.copyOf(entries));
    }

    private static void addRegister(List<Entry> entries, RegisterPort register) {
        for (Agent a : register.all(EntityKinds.AGENT)) {
            add(entries, new Hit(Kind.AGENT, a.id(), a.name(), join(a.businessUnit(), a.platform().vendor(), a.platform().model()), null));
        }
        for (Risk r : register.all(EntityKinds.RISK)) {
            add(entries, new Hit(Kind.RISK, r.id(), r.title(), join(r.categoryCode(), String.join(" ", r.affectedAgentIds())), null));
        }
        for (Control c : register.all(EntityKinds.CONTROL)) {
            add(entries, new Hit(Kind.CONTROL, c.id(), c.name(), join(c.kind() == null ? null : c.kind().name().toLowerCase(Locale.ROOT)), null));
        }
        for (Incident i : register.all(EntityKinds.INCIDENT)) {
            add(entries, new Hit(Kind.INCIDENT, i.id(), i.title(), i.severity().name().toLowerCase(Locale.ROOT) + " · "
                    + i.status().name().toLowerCase(Locale.ROOT), null));
        }
    }

    private static void add(List<Entry> entries, Hit hit) {
        String id = hit.id().toLowerCase(Locale.ROOT);
        entries.add(new Entry(hit, id, String.join(" ", id, hit.title(), hit.detail()).toLowerCase(Locale.ROOT)));
    }

    private static String join(String... parts) {
        return String.join(" · ", Arrays.stream(parts).filter(p -> p != null && !p.isBlank()).toList());
    }

    /** At most {@code limit} hits for the query; none for a blank query. */
    public List<Hit> find(String query, int limit) {
        String q = query == null ? "" : query.strip().toLowerCase(Locale.ROOT);
        if (q.isEmpty()) return List.of();
        String[] words = q.split("\\s+");
        List<Entry> matches = new ArrayList<>();
        for (Entry e : entries) {
            if (containsAll(e.haystack(), words)) matches.add(e);
        }
        matches.sort(Comparator.comparingInt((Entry e) -> e.idLower().equals(q) ? 0 : e.idLower().startsWith(q) ? 1 : 2)
                .thenComparing(e -> e.hit().kind()));
        return matches.stream().limit(limit).map(Entry::hit).toList();
    }

    private static boolean containsAll(String haystack, String[] words) {
        for (String w : words) {
            if (!haystack.contains(w)) return false;
        }
        return true;
    }

    public int size() {
        return entries.size();
    }
}
