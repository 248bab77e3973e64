package dev.steward.domain.coverage;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * How important closing a clause's gap is. A clause weighs more when obligations of the register's agents
 * cite it (each agent counts three), when library controls exist that would close it (one each, the gap is
 * actionable), and when it is linked by crosswalks (one each, closing it helps other frameworks too).
 *
 * @param agentsCiting     clause ref to how many of the register's agents have an obligation citing it
 * @param libraryControls  clause ref to how many library controls map to it
 */
public record GapRanking(Map<String, Integer> agentsCiting, Map<String, Integer> libraryControls) {

    public static final GapRanking NONE = new GapRanking(Map.of(), Map.of());

    public GapRanking {
        agentsCiting = Map.copyOf(agentsCiting);
        libraryControls = Map.copyOf(libraryControls);
    }

    public RankedGap rank(ClauseCoverage c) {
        List<String> reasons = new ArrayList<>();
        int agents = agentsCiting.getOrDefault(c.ref(), 0);
        int library = libraryControls.getOrDefault(c.ref(), 0);
        if (agents > 0) reasons.add("obligation of " + agents + (agents == 1 ? " agent" : " agents"));
        if (library > 0) reasons.add(library + " library " + (library == 1 ? "control closes it" : "controls close it"));
        if (c.crosswalkLinks() > 0) reasons.add(c.crosswalkLinks() + " crosswalk " + (c.crosswalkLinks() == 1 ? "link" : "links"));
        return new RankedGap(c, 3 * agents + library + c.crosswalkLinks(), reasons);
    }
}
