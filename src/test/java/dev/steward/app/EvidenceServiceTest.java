package dev.steward.app;

import dev.steward.domain.Evidence;
import dev.steward.domain.EvidenceLink;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HexFormat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class EvidenceServiceTest {

    @TempDir
    Path dir;
    private OpenedRegister demo;
    private final EvidenceService evidence = new EvidenceService(DemoRegisters.CLOCK, DemoRegisters.ACTOR);

    @BeforeEach
    void open() {
        demo = DemoRegisters.demo(dir);
    }

    @AfterEach
    void close() {
        demo.register().close();
    }

    private Path file(String name, String content) throws Exception {
        Path f = dir.resolve(name);
        Files.writeString(f, content);
        return f;
    }

    @Test
    void attachingCopiesTheFileInWithItsHashAndLinksTheControlInOneEdit() throws Exception {
        Path f = file("access-review-Q3.txt", "Quarterly access review: 12 agents, 3 privileges removed.");
        Evidence e = evidence.attach(demo, f, new EvidenceLink(EvidenceService.CONTROL, "C-0005"), LocalDate.of(2027, 1, 31));
        String expected = HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(f)));
        assertThat(e.sha256()).isEqualTo(expected);
        assertThat(e.sizeBytes()).isEqualTo(Files.size(f));
        assertThat(e.addedBy()).isEqualTo(DemoRegisters.ACTOR.describe());
        assertThat(e.addedAt()).isEqualTo(DemoRegisters.CLOCK.instant());
        assertThat(demo.register().find(EntityKinds.CONTROL, "C-0005").orElseThrow().evidenceIds()).contains(e.id());
        assertThat(demo.register().changeLog().verify().intact()).isTrue();

        Files.delete(f); // the register keeps its own copy
        Path out = dir.resolve("out/copy.txt");
        evidence.copyOut(demo.register(), e, out);
        assertThat(Files.readString(out)).startsWith("Quarterly access review");

        demo.history().undo();
        assertThat(demo.register().count(EntityKinds.EVIDENCE)).isZero();
        assertThat(demo.register().find(EntityKinds.CONTROL, "C-0005").orElseThrow().evidenceIds()).doesNotContain(e.id());
        demo.history().redo();
        evidence.copyOut(demo.register(), e, dir.resolve("again.txt"));
        assertThat(Files.readString(dir.resolve("again.txt"))).startsWith("Quarterly");
    }

    @Test
    void evidenceGoesStaleAfterItsExpiry() throws Exception {
        Evidence e = evidence.attach(demo, file("dpia.txt", "DPIA"), new EvidenceLink(EvidenceService.CLAUSE,
                "eu-ai-act-2024-1689:Art. 26"), LocalDate.of(2026, 11, 1));
        assertThat(e.isStale(LocalDate.now(DemoRegisters.CLOCK))).isTrue();
        evidence.setExpiry(demo, e, LocalDate.of(2027, 11, 1));
        Evidence renewed = demo.register().find(EntityKinds.EVIDENCE, e.id()).orElseThrow();
        assertThat(renewed.isStale(LocalDate.now(DemoRegisters.CLOCK))).isFalse();
        assertThat(evidence.attachedTo(demo.register(), e.attachedTo())).containsExactly(renewed);
    }

    @Test
    void attachingToARoadmapTaskLinksTheTaskAndRemovingUnlinksIt() throws Exception {
        Evidence e = evidence.attach(demo, file("charter.txt", "Committee charter"), new EvidenceLink(EvidenceService.TASK, "T-0001"), null);
        assertThat(demo.register().find(EntityKinds.TASK, "T-0001").orElseThrow().evidenceIds()).containsExactly(e.id());
        evidence.remove(demo, e);
        assertThat(demo.register().find(EntityKinds.TASK, "T-0001").orElseThrow().evidenceIds()).isEmpty();
        assertThat(demo.register().count(EntityKinds.EVIDENCE)).isZero();
    }

    @Test
    void theSameContentIsStoredOnceAndAFileOverTheLimitIsRefusedClearly() throws Exception {
        evidence.attach(demo, file("a.txt", "same"), new EvidenceLink(EvidenceService.CONTROL, "C-0001"), null);
        evidence.attach(demo, file("b.txt", "same"), new EvidenceLink(EvidenceService.CONTROL, "C-0002"), null);
        assertThat(demo.register().count(EntityKinds.EVIDENCE)).isEqualTo(2);
        Path big = dir.resolve("huge.bin");
        try (RandomAccessFile raf = new RandomAccessFile(big.toFile(), "rw")) {
            raf.setLength(FileContent.MAX_BYTES + 1); // sparse: no disk is used
        }
        assertThatThrownBy(() -> evidence.attach(demo, big, new EvidenceLink(EvidenceService.CONTROL, "C-0001"), null))
                .hasMessageContaining("huge.bin").hasMessageContaining("at most 200 MB");
        assertThat(demo.register().count(EntityKinds.EVIDENCE)).isEqualTo(2);
    }

    @Test
    void aFileThatChangedAfterItWasMeasuredIsRefusedAndNothingIsWritten() throws Exception {
        Path f = file("log.txt", "first");
        FileContent measured = evidence.measure(f);
        Files.writeString(f, "changed");
        Evidence e = new Evidence("EV-0001", "log.txt", null, measured.sizeBytes(), measured.sha256(), "t",
                DemoRegisters.CLOCK.instant(), null, null);
        assertThatThrownBy(() -> demo.history().perform(Edit.of("attach", EntityChange.create(EntityKinds.EVIDENCE, e)),
                java.util.List.of(measured))).hasMessageContaining("changed");
        assertThat(demo.register().count(EntityKinds.EVIDENCE)).isZero();
    }
}
