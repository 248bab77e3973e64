package dev.steward.domain;

import java.time.LocalDate;

/**
 * What discovery saw of an agent in use (CASB logs, outbound API calls, browser extensions):
 * first and last seen and how many users. Null on agents nobody has observed in the wild.
 */
public record Sighting(LocalDate firstSeen, LocalDate lastSeen, Integer users) {
    public Sighting {
        if (firstSeen != null && lastSeen != null && lastSeen.isBefore(firstSeen)) {
            throw new IllegalArgumentException("sighting lastSeen must not be before firstSeen: " + firstSeen + " .. " + lastSeen);
        }
        if (users != null && users < 0) {
            throw new IllegalArgumentException("sighting users must not be negative: " + users);
        }
    }

    /** This sighting widened by a later one: earliest first seen, latest last seen, the larger user count. */
    public Sighting merge(Sighting later) {
        if (later == null) return this;
        Integer most = users == null ? later.users : later.users == null ? users : Integer.valueOf(Math.max(users, later.users));
        return new Sighting(earliest(firstSeen, later.firstSeen), latest(lastSeen, later.lastSeen), most);
    }

    private static LocalDate earliest(LocalDate a, LocalDate b) {
        return a == null ? b : b == null ? a : a.isBefore(b) ? a : b;
    }

    private static LocalDate latest(LocalDate a, LocalDate b) {
        return a == null ? b : b == null ? a : a.isAfter(b) ? a : b;
    }
}
