package dev.steward.app.agents;

import dev.steward.app.Edit;
import dev.steward.app.EntityChange;
import dev.steward.app.EntityKinds;
import dev.steward.app.OpenedRegister;
import dev.steward.app.RegisterService;
import dev.steward.domain.AccessLevel;
import dev.steward.domain.Accountability;
import dev.steward.domain.Agent;
import dev.steward.domain.AgentIdentity;
import dev.steward.domain.AiActProfile;
import dev.steward.domain.AiActRiskTier;
import dev.steward.domain.AiActRole;
import dev.steward.domain.AutonomyLevel;
import dev.steward.domain.CommitteeRole;
import dev.steward.domain.DataClass;
import dev.steward.domain.DiscoverySource;
import dev.steward.domain.HighImpactKind;
import dev.steward.domain.Ids;
import dev.steward.domain.Lifecycle;
import dev.steward.domain.LoggingSetup;
import dev.steward.domain.Person;
import dev.steward.domain.Platform;
import dev.steward.domain.Privilege;
import dev.steward.domain.Provenance;
import dev.steward.domain.Rating;
import dev.steward.domain.ReviewSchedule;
import dev.steward.domain.Risk;
import dev.steward.domain.RiskCategory;
import dev.steward.domain.Sanction;
import dev.steward.domain.ToolAction;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * {@code steward generate}: a large, varied, valid register for benchmarks and load tests. The
 * same seed gives the same register; everything is one edit, so it is written in one transaction.
 */
public final class SyntheticRegister {
    private static final String[] UNITS = {"Finance", "Engineering", "HR", "Customer Service", "Legal", "Marketing", "Operations", "Risk"};
    private static final String[] VENDORS = {"Anthropic", "OpenAI", "Google", "Microsoft", "Mistral", "In-house", "Cohere"};
    private static final String[] VERBS = {"Invoice", "Ledger", "Deploy", "Support", "Contract", "Screening", "Forecast", "Claims", "Fraud", "Payroll"};
    private static final String[] NOUNS = {"assistant", "reconciler", "triage bot", "summariser", "agent", "copilot", "monitor", "router"};
    private static final int PEOPLE = 60;

    private final RegisterService registers;
    private final Clock clock;

    public SyntheticRegister(RegisterService registers, Clock clock) {
        this.registers = registers;
        this.clock = clock;
    }

    public void generate(Path file, int agents, int risks, long seed) {
        if (agents < 0 || risks < 0) throw new IllegalArgumentException("--agents and --risks must not be negative");
        Random random = new Random(seed);
        LocalDate today = LocalDate.now(clock);
        OpenedRegister opened = registers.createEmpty(file);
        try {
            List<RiskCategory> categories = opened.register().all(EntityKinds.CATEGORY);
            List<EntityChange<?>> changes = new ArrayList<>();
            for (int i = 1; i <= PEOPLE; i++) {
                CommitteeRole role = i <= 7 ? CommitteeRole.values()[i - 1] : CommitteeRole.NONE;
                changes.add(EntityChange.create(EntityKinds.PERSON, new Person(Ids.format(Ids.PERSON, i), "Person " + i,
                        "Title " + i, UNITS[i % UNITS.length], "person" + i + "@example.com", role)));
            }
            for (int i = 1; i <= agents; i++) changes.add(EntityChange.create(EntityKinds.AGENT, agent(i, random, today)));
            for (int i = 1; i <= risks && agents > 0; i++) {
                String category = categories.get(random.nextInt(categories.size())).code();
                changes.add(EntityChange.create(EntityKinds.RISK, new Risk(Ids.format(Ids.RISK, i), "Synthetic risk " + i,
                        null, null, null, category, List.of(Ids.format(Ids.AGENT, 1 + random.nextInt(agents))),
                        person(random), new Rating(1 + random.nextInt(5), 1 + random.nextInt(5)), List.of(), null, null,
                        null, null, null, null, List.of())));
            }
            opened.history().perform(new Edit("Generate " + agents + " agents and " + risks + " risks", changes));
        } finally {
            opened.register().close();
        }
    }

    private static Agent agent(int i, Random r, LocalDate today) {
        Lifecycle lifecycle = Lifecycle.values()[r.nextInt(Lifecycle.values().length)];
        Sanction sanction = r.nextInt(10) == 0 ? Sanction.SHADOW : r.nextInt(30) == 0 ? Sanction.BLOCKED : Sanction.SANCTIONED;
        AiActRiskTier tier = r.nextInt(6) == 0 ? null : AiActRiskTier.values()[1 + r.nextInt(4)];
        String owner = r.nextInt(12) == 0 ? null : person(r);
        String approver = r.nextInt(8) == 0 ? null : person(r);
        List<ToolAction> tools = List.of(ToolAction.routine("read records"),
                new ToolAction("act " + i, HighImpactKind.values()[r.nextInt(HighImpactKind.values().length)], r.nextInt(5) != 0));
        return new Agent(Ids.format(Ids.AGENT, i), VERBS[r.nextInt(VERBS.length)] + " " + NOUNS[r.nextInt(NOUNS.length)] + " " + i,
                "Synthetic agent number " + i, UNITS[r.nextInt(UNITS.length)], lifecycle,
                new Provenance(sanction, sanction == Sanction.SHADOW ? DiscoverySource.CASB_LOG : DiscoverySource.MANUAL, null, null),
                new Platform(VENDORS[r.nextInt(VENDORS.length)], "model-" + r.nextInt(20), "eu-region-" + r.nextInt(3)),
                AutonomyLevel.ofLevel(r.nextInt(5)),
                new AgentIdentity("svc-" + i, "OAuth", Duration.ofHours(1 + r.nextInt(48)), today.minusDays(r.nextInt(200)),
                        r.nextInt(20) == 0, List.of(new Privilege("System " + r.nextInt(40), AccessLevel.values()[r.nextInt(3)]))),
                Set.of(DataClass.values()[r.nextInt(DataClass.values().length)]), tools, null,
                new LoggingSetup(r.nextInt(6) != 0, r.nextBoolean(), r.nextBoolean(), 90),
                null, new AiActProfile(tier == null ? null : AiActRole.DEPLOYER, tier, null),
                new Accountability(owner, approver, null, null),
                ReviewSchedule.forTier(tier, today.minusDays(r.nextInt(400))));
    }

    private static String person(Random r) {
        return Ids.format(Ids.PERSON, 1 + r.nextInt(PEOPLE));
    }
}
