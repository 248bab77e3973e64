package dev.steward.store;

import dev.steward.app.Edit;
import dev.steward.app.EditOrigin;
import dev.steward.app.EntityChange;
import dev.steward.app.EntityKinds;
import dev.steward.app.RegisterPort;
import dev.steward.domain.Agent;
import dev.steward.domain.Ids;

import java.nio.file.Path;

/**
 * Child process for the crash test: applies edits as fast as it can and prints "ack ID" after each
 * edit returned, i.e. after the app would have told the user it was saved. The parent kills it.
 */
public final class CrashChild {
    public static void main(String[] args) {
        Path file = Path.of(args[0]);
        int start = Integer.parseInt(args[1]);
        try (RegisterPort r = TestRegisters.files().open(file)) {
            for (int n = start; ; n++) {
                Agent agent = Agent.minimal(Ids.format(Ids.AGENT, n), "Crash agent " + n);
                // Two changes per edit: a half-applied edit would show as an agent without its twin.
                Agent twin = Agent.minimal(Ids.format(Ids.AGENT, n + 500_000), "Twin " + n);
                r.apply(Edit.of("add " + n, EntityChange.create(EntityKinds.AGENT, agent),
                        EntityChange.create(EntityKinds.AGENT, twin)), EditOrigin.DO, "crash-test");
                System.out.println("ack " + agent.id());
                System.out.flush();
            }
        }
    }
}
