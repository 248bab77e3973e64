package dev.steward.store;

import dev.steward.app.EntityKinds;
import dev.steward.app.RegisterPort;
import dev.steward.domain.Agent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedReader;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.HashSet;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Kills a JVM that is applying edits at random moments, many times over, and then checks that
 * every edit it acknowledged is in the file, no edit is half there, the file passes SQLite's
 * integrity check and the change log still verifies.
 */
class CrashTest {
    private static final int ROUNDS = 12;

    @TempDir
    Path dir;

    @Test
    void everyAcknowledgedEditSurvivesAKill() throws Exception {
        Path file = dir.resolve("crash.steward");
        TestRegisters.create(file).close();
        Random random = new Random(20261125);
        Set<String> acknowledged = new HashSet<>();
        int next = 1;
        for (int round = 0; round < ROUNDS; round++) {
            Process child = ChildJvm.start(CrashChild.class, file.toString(), Integer.toString(next));
            BufferedReader out = ChildJvm.output(child);
            java.util.concurrent.CountDownLatch working = new java.util.concurrent.CountDownLatch(1);
            Thread reader = new Thread(() -> out.lines().filter(l -> l.startsWith("ack ")).forEach(l -> {
                synchronized (acknowledged) {
                    acknowledged.add(l.substring(4));
                }
                working.countDown();
            }));
            reader.start();
            // Kill at a random moment once the child is editing (JVM start time varies with machine load).
            assertThat(working.await(60, TimeUnit.SECONDS)).as("round %d: the child started editing", round).isTrue();
            Thread.sleep(random.nextInt(400));
            child.destroyForcibly();
            assertThat(child.waitFor(20, TimeUnit.SECONDS)).isTrue();
            reader.join(5_000);
            try (RegisterPort r = TestRegisters.files().open(file)) {
                Set<String> ids = r.all(EntityKinds.AGENT).stream().map(Agent::id).collect(Collectors.toSet());
                synchronized (acknowledged) {
                    assertThat(ids).as("round %d: every acknowledged edit is present", round).containsAll(acknowledged);
                }
                for (String id : ids) {
                    int n = Integer.parseInt(id.substring(3));
                    int twin = n > 500_000 ? n - 500_000 : n + 500_000;
                    assertThat(ids).as("edits are all or nothing").contains(dev.steward.domain.Ids.format("AG", twin));
                }
                assertThat(r.changeLog().verify().intact()).as("round %d: chain intact", round).isTrue();
                assertThat(r.changeLog().size()).isEqualTo(ids.size());
                String integrity = TestRegisters.read(r, c -> {
                    try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("PRAGMA integrity_check")) {
                        return rs.getString(1);
                    }
                });
                assertThat(integrity).as("round %d: integrity check", round).isEqualTo("ok");
                next = ids.stream().mapToInt(id -> Integer.parseInt(id.substring(3))).filter(n -> n < 500_000).max().orElse(0) + 1;
            }
        }
        try (Connection c = TestRegisters.raw(file); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("PRAGMA integrity_check")) {
            assertThat(rs.getString(1)).isEqualTo("ok");
        }
        assertThat(acknowledged).as("the children got real work done before being killed").hasSizeGreaterThan(ROUNDS * 5);
    }
}
