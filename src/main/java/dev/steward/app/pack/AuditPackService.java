package dev.steward.app.pack;

import dev.steward.app.CatalogSource;
import dev.steward.app.RegisterPort;
import dev.steward.app.TaskRunner;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.stream.Stream;

/**
 * Writes the audit pack (workbook, executive summary, manifest) into a new folder. The files are
 * written into a hidden folder beside the target and moved into place at the end, so a failed or
 * cancelled export leaves nothing half-written; an existing, non-empty folder is never overwritten.
 */
public final class AuditPackService {
    private final AuditPackWriter writer;
    private final CatalogSource catalogs;
    private final Clock clock;
    private final String appVersion;
    private final dev.steward.app.CoverageService coverage;

    public AuditPackService(AuditPackWriter writer, CatalogSource catalogs, dev.steward.app.CoverageService coverage,
                            Clock clock, String appVersion) {
        this.writer = writer;
        this.coverage = coverage;
        this.catalogs = catalogs;
        this.clock = clock;
        this.appVersion = appVersion;
    }

    /** The pack's file names for a register file name such as {@code demo.steward}. */
    public static List<String> fileNames(String registerName) {
        return List.of(registerName + "-register.xlsx", registerName + "-executive-summary.pdf", "manifest.json");
    }

    public Manifest export(RegisterPort register, String actor, Path outDir, TaskRunner.Progress progress) {
        refuseExisting(outDir);
        AuditPackContent content = gather(register, actor);
        Path parent = outDir.toAbsolutePath().getParent();
        Path temp = null;
        try {
            Files.createDirectories(parent);
            // Not createTempDirectory: its owner-only permissions would stay on the published folder.
            temp = Files.createDirectory(parent.resolve("." + outDir.getFileName() + ".exporting-" + System.nanoTime()));
            List<String> names = fileNames(content.registerName());
            progress.update(1, 4, "Writing the workbook");
            writer.writeWorkbook(content, temp.resolve(names.get(0)), progress);
            checkCancelled(progress);
            progress.update(3, 4, "Writing the executive summary");
            writer.writeSummaryPdf(content, temp.resolve(names.get(1)), progress);
            checkCancelled(progress);
            Manifest manifest = new Manifest(content.registerName(), content.generatedAt(), appVersion, actor,
                    content.changeLogHeadHash(), content.chain().intact(), content.catalogs(),
                    List.of(entry(temp, names.get(0)), entry(temp, names.get(1))));
            writer.writeManifest(manifest, temp.resolve(names.get(2)));
            Files.deleteIfExists(outDir); // only an empty folder can be here (refuseExisting)
            Files.move(temp, outDir, StandardCopyOption.ATOMIC_MOVE);
            progress.update(4, 4, "Audit pack written");
            return manifest;
        } catch (IOException e) {
            throw new UncheckedIOException("could not write the audit pack to " + outDir + ": " + e.getMessage(), e);
        } finally {
            if (temp != null) deleteTree(temp);
        }
    }

    /** What an export would write, without writing it: for the export benchmark and tests. */
    public AuditPackContent gatherForBenchmark(RegisterPort register, String actor) {
        return gather(register, actor);
    }

    AuditPackContent gather(RegisterPort register, String actor) {
        RegisterSnapshot snapshot = RegisterSnapshot.read(register);
        LocalDate today = LocalDate.now(clock);
        var versions = catalogs.load().catalogs().stream()
                .map(c -> new AuditPackContent.CatalogVersion(c.id(), c.name(), c.version())).toList();
        var cover = coverage.snapshot(register);
        String name = register.file().getFileName().toString().replaceFirst("\\.steward$", "");
        return new AuditPackContent(name, clock.instant(), appVersion, actor, register.changeLog().headHash(),
                register.changeLog().verify(), versions, snapshot, // Art. 73 deadlines as UTC dates, as the workbook's and the summary's columns say
                SummaryCalculator.summarise(snapshot, cover, today, java.time.ZoneOffset.UTC),
                register.changeLog(), cover);
    }

    private static void refuseExisting(Path outDir) {
        if (Files.isRegularFile(outDir)) {
            throw new IllegalArgumentException(outDir + " is a file; choose a folder for the audit pack");
        }
        if (Files.isDirectory(outDir)) {
            try (Stream<Path> entries = Files.list(outDir)) {
                if (entries.findAny().isPresent()) {
                    throw new IllegalArgumentException(outDir + " already exists and is not empty; "
                            + "choose a new folder (an audit pack is never written over another)");
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    private static void checkCancelled(TaskRunner.Progress progress) {
        if (progress.cancelled()) throw new CancellationException("export cancelled; nothing was written");
    }

    static Manifest.FileEntry entry(Path dir, String name) throws IOException {
        Path file = dir.resolve(name);
        return new Manifest.FileEntry(name, Files.size(file), sha256(file));
    }

    public static String sha256(Path file) throws IOException {
        try (InputStream in = new DigestInputStream(Files.newInputStream(file), MessageDigest.getInstance("SHA-256"))) {
            in.transferTo(java.io.OutputStream.nullOutputStream());
            return HexFormat.of().formatHex(((DigestInputStream) in).getMessageDigest().digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void deleteTree(Path dir) {
        if (!Files.exists(dir)) return;
        try (Stream<Path> walk = Files.walk(dir)) {
            List<Path> paths = new ArrayList<>(walk.sorted(Comparator.reverseOrder()).toList());
            for (Path p : paths) Files.deleteIfExists(p);
        } catch (IOException ignored) {
            // a leftover hidden temp folder is untidy, not harmful
        }
    }
}
