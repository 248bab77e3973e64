package dev.steward.ui.agents;

import dev.steward.app.agents.AgentService;
import dev.steward.app.agents.PolicyService;
import dev.steward.app.inventory.AgentImportService;
import dev.steward.app.inventory.InventoryReader;
import dev.steward.ui.MainViewModel;
import dev.steward.ui.approvals.ApprovalsViewModel;
import dev.steward.ui.people.PeopleViewModel;
import dev.steward.ui.violations.ViolationsViewModel;

import java.time.Clock;

/** Builds the view models of the agent-inventory sections (agents, approvals, people, violations) over shared services. */
public final class AgentSections {
    public final AgentsViewModel agents;
    public final ApprovalsViewModel approvals;
    public final PeopleViewModel people;
    public final ViolationsViewModel violations;

    public AgentSections(MainViewModel main, InventoryReader reader, Clock clock) {
        AgentService service = new AgentService(clock);
        PolicyService policy = new PolicyService(clock);
        InventoryReader files = reader != null ? reader : file -> {
            throw new IllegalArgumentException("importing discovery files is not available in this window");
        };
        agents = new AgentsViewModel(main.tasks(), main.dialogs(), service, policy, new AgentImportService(files, clock));
        approvals = new ApprovalsViewModel(main.tasks(), main.dialogs(), service);
        people = new PeopleViewModel(main.tasks(), main.dialogs());
        violations = new ViolationsViewModel(main.tasks(), main.dialogs(), policy);
    }
}
