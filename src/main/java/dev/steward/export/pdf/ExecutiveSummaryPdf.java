package dev.steward.export.pdf;

import com.lowagie.text.Chapter;
import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import dev.steward.app.pack.AuditPackContent;
import dev.steward.app.pack.RegisterSummary;
import dev.steward.domain.Rating;
import dev.steward.domain.Risk;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * The executive summary: a few pages an executive reads. Every figure comes from the pack's one
 * {@link RegisterSummary}; charts are drawn, never screenshots. Each section is a bookmark.
 */
public final class ExecutiveSummaryPdf {
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMMM yyyy, HH:mm 'UTC'").withZone(ZoneOffset.UTC);

    public void write(AuditPackContent content, Path file) throws IOException {
        PdfFonts fonts = new PdfFonts();
        PdfBlocks blocks = new PdfBlocks(fonts);
        Document doc = new Document(PageSize.A4, 48, 48, 56, 48);
        try (OutputStream out = Files.newOutputStream(file)) {
            PdfWriter writer = PdfWriter.getInstance(doc, out);
            writer.setPageEvent(new PageDecorator(fonts, "Steward · " + content.registerName() + " · executive summary"));
            writer.setViewerPreferences(PdfWriter.PageModeUseOutlines);
            metadata(doc, content);
            writer.createXmpMetadata();
            doc.open();
            new SummarySections(content, blocks, fonts).addTo(doc);
            doc.close();
        } catch (DocumentException e) {
            throw new IOException("cannot write the executive summary: " + e.getMessage(), e);
        }
    }

    private static void metadata(Document doc, AuditPackContent c) {
        doc.addTitle("Executive summary: " + c.registerName());
        doc.addSubject("AI agent governance: register, risks, controls and programme");
        doc.addAuthor(c.generatedBy());
        doc.addCreator("Steward " + c.appVersion());
        doc.addKeywords("AI governance, NIST AI RMF, ISO/IEC 42001, EU AI Act, audit");
        doc.addCreationDate();
    }

    /** The sections in reading order. Package-private so tests can check each is present. */
    static final List<String> SECTIONS = List.of("Where we stand", "Risk heat map", "Risks out of tolerance",
            "Controls", "Coverage per framework", "Roadmap progress", "Open violations", "Open incidents", "Reviews overdue", "Accountability",
            "Sign-off");

    /**
     * Rows a list section shows at most, most severe first: a summary of a register with thousands
     * of out-of-tolerance risks ran to a thousand pages. The workbook lists every one.
     */
    static final int LISTED = 25;

    private record SummarySections(AuditPackContent c, PdfBlocks b, PdfFonts f) {

        /** A tile's figure, grouped ("10,000") so that a large register's can be read at a glance. */
        private static String count(int n) {
            return String.format("%,d", n);
        }

        /** Under a list cut at {@link #LISTED}: how many there are and where all of them are. */
        private void more(Chapter chapter, int total, String which, String where) {
            if (total <= LISTED) return;
            chapter.add(b.text(String.format("Showing %d of %,d, %s. The workbook's %s.", LISTED, total, which, where),
                    8, PdfBlocks.MUTED));
        }

        void addTo(Document doc) throws DocumentException {
            cover(doc);
            RegisterSummary s = c.summary();
            Chapter standing = chapter(SECTIONS.get(0), true);
            standing.add(b.tiles(List.of(new String[]{count(s.agents()), "agents in the register"},
                    new String[]{count(s.shadowAgents()), "shadow agents (found, not sanctioned)"},
                    new String[]{count(s.overdueReviews().size()), "agent reviews overdue"},
                    new String[]{count(s.accountabilityGaps().size()), "agents with accountability gaps"},
                    new String[]{count(s.violations().size()), "open policy violations",
                            s.violations().isEmpty() ? "Low" : "Critical"})));
            standing.add(b.tiles(List.of(new String[]{count(s.risks()), "risks"},
                    new String[]{count(s.outOfTolerance().size()), "risks out of tolerance", s.outOfTolerance().isEmpty() ? "Low" : "Critical"},
                    new String[]{s.roadmap().percentDone() + "%", "of the roadmap done (" + s.roadmap().done() + " of " + s.roadmap().total() + ")"},
                    new String[]{count(s.openIncidents().size()), "open incidents"},
                    new String[]{count(s.controls()), "controls"})));
            standing.add(b.text("Agents by lifecycle: " + joined(s.agentsByLifecycle()) + ". By sanction: "
                    + joined(s.agentsBySanction()) + ".", 9, PdfBlocks.MUTED));
            doc.add(standing);

            Chapter heat = chapter(SECTIONS.get(1), false);
            heat.add(b.text("Number of risks in each cell by their current rating (residual where assessed, else inherent). "
                    + "Score = likelihood × impact.", 9, PdfBlocks.MUTED));
            heat.add(heatMap(c.snapshot().risks()));
            doc.add(heat);

            Chapter out = chapter(SECTIONS.get(2), false);
            if (s.outOfTolerance().isEmpty()) {
                out.add(b.text("No risk is above its category's tolerance.", 10, PdfBlocks.INK));
            } else {
                PdfPTable t = b.table(new float[]{9, 33, 18, 10, 8, 16, 12}, "Risk", "Title", "Category", "Score", "Tol.",
                        "Owner", "Due");
                for (var r : s.outOfTolerance().stream().limit(LISTED).toList()) {
                    b.cell(t, r.riskId());
                    b.cell(t, r.title());
                    b.cell(t, r.category());
                    b.cell(t, r.residualScore() + " " + r.band(),
                            java.awt.Color.decode("#" + dev.steward.export.xlsx.BandTints.hex(r.colour())));
                    b.cell(t, Integer.toString(r.tolerance()));
                    b.cell(t, r.owner().isEmpty() ? "no owner" : r.owner());
                    b.cell(t, r.treatmentDue() == null ? "" : r.treatmentDue().toString());
                }
                out.add(t);
                more(out, s.outOfTolerance().size(), "the highest scores first", "Risks sheet lists every risk, with its tolerance standing");
            }
            doc.add(out);

            Chapter controls = chapter(SECTIONS.get(3), false);
            if (s.controls() == 0) controls.add(b.text("The register has no controls yet.", 10, PdfBlocks.INK));
            s.controlsByStatus().forEach((status, n) -> controls.add(b.bar(status.replace('_', ' ').toLowerCase(),
                    s.controls() == 0 ? 0 : (double) n / s.controls(), n + " of " + s.controls(), PdfBlocks.ACCENT)));
            doc.add(controls);

            Chapter coverage = chapter(SECTIONS.get(4), false);
            if (s.coverage().isEmpty()) coverage.add(b.text("No framework coverage was computed.", 10, PdfBlocks.INK));
            for (var line : s.coverage()) {
                int covered = line.covered() + line.coveredDerived();
                coverage.add(b.bar(dev.steward.app.pack.FrameworkNames.shortName(line.frameworkId(), line.framework()), covered / 100.0, covered + "% covered", PdfBlocks.ACCENT));
                coverage.add(b.text("Covered " + line.covered() + "% directly and " + line.coveredDerived()
                        + "% through crosswalks; partial " + line.partial() + "% (+" + line.partialDerived()
                        + "% derived); gap " + line.gap() + "%" + (line.notApplicable() > 0 ? "; " + line.notApplicable()
                        + " clauses not applicable, left out" : "") + ".", 8, PdfBlocks.MUTED));
            }
            doc.add(coverage);

            Chapter roadmap = chapter(SECTIONS.get(5), false);
            roadmap.add(b.bar("Overall", share(s.roadmap().done(), s.roadmap().total()),
                    s.roadmap().done() + " of " + s.roadmap().total(), PdfBlocks.ACCENT));
            s.roadmap().phases().forEach(p -> roadmap.add(b.bar(p.phase(), share(p.done(), p.total()),
                    p.done() + " of " + p.total(), PdfBlocks.ACCENT)));
            roadmap.add(b.text(s.roadmap().late() + (s.roadmap().late() == 1 ? " task late, " : " tasks late, ")
                    + s.roadmap().blocked() + " blocked.", 9, PdfBlocks.MUTED));
            doc.add(roadmap);

            Chapter violations = chapter(SECTIONS.get(6), false);
            if (s.violations().isEmpty()) violations.add(b.text("No policy rule is broken.", 10, PdfBlocks.INK));
            else {
                StringBuilder bySeverity = new StringBuilder();
                s.violationsBySeverity().forEach((k, v) -> {
                    if (v > 0) bySeverity.append(bySeverity.length() == 0 ? "" : ", ").append(v).append(' ').append(k.toLowerCase());
                });
                violations.add(b.text(s.violations().size() + " open violations: " + bySeverity + ". The most severe:", 9, PdfBlocks.MUTED));
                PdfPTable t = b.table(new float[]{11, 9, 10, 70}, "Subject", "Rule", "Severity", "What was found");
                s.violations().stream().limit(15).forEach(v -> {
                    b.cell(t, v.subjectId());
                    b.cell(t, v.rule().id());
                    b.cell(t, words(v.severity().name()));
                    b.cell(t, v.message());
                });
                violations.add(t);
                if (s.violations().size() > 15) {
                    violations.add(b.text("The workbook's Violations sheet lists all " + s.violations().size() + ".", 8, PdfBlocks.MUTED));
                }
            }
            doc.add(violations);

            Chapter incidents = chapter(SECTIONS.get(7), false);
            if (s.openIncidents().isEmpty()) incidents.add(b.text("No open incidents.", 10, PdfBlocks.INK));
            else {
                PdfPTable t = b.table(new float[]{10, 40, 11, 13, 26}, "Incident", "Title", "Severity", "Status", "Art. 73 deadline (UTC)");
                for (var i : s.openIncidents().stream().limit(LISTED).toList()) {
                    b.cell(t, i.incidentId());
                    b.cell(t, i.title());
                    b.cell(t, words(i.severity()));
                    b.cell(t, words(i.status()));
                    b.cell(t, !i.serious() ? "not a serious incident"
                            : i.reportingDeadline() + (i.reportOverdue() ? " · overdue" : ""));
                }
                incidents.add(t);
                more(incidents, s.openIncidents().size(), "the most severe first", "Incidents sheet lists every incident");
            }
            doc.add(incidents);

            Chapter reviews = chapter(SECTIONS.get(8), false);
            if (s.overdueReviews().isEmpty()) reviews.add(b.text("Every agent in service is within its review cadence.", 10, PdfBlocks.INK));
            else {
                PdfPTable t = b.table(new float[]{12, 48, 40}, "Agent", "Name", "Fact");
                s.overdueReviews().stream().limit(LISTED).forEach(a -> { b.cell(t, a.agentId()); b.cell(t, a.agentName()); b.cell(t, a.fact()); });
                reviews.add(t);
                more(reviews, s.overdueReviews().size(), "in agent order", "Agents sheet lists every agent, with its next review");
            }
            doc.add(reviews);

            Chapter acc = chapter(SECTIONS.get(9), false);
            if (s.accountabilityGaps().isEmpty()) acc.add(b.text("Every agent has an owner, approver, incident investigator and liability holder.", 10, PdfBlocks.INK));
            else {
                PdfPTable t = b.table(new float[]{12, 40, 48}, "Agent", "Name", "Missing");
                s.accountabilityGaps().stream().limit(LISTED).forEach(g -> { b.cell(t, g.agentId()); b.cell(t, g.agentName()); b.cell(t, String.join(", ", g.missing())); });
                acc.add(t);
                more(acc, s.accountabilityGaps().size(), "in agent order", "Accountability sheet lists every agent's roles");
            }
            doc.add(acc);

            Chapter sign = chapter(SECTIONS.get(10), false);
            sign.add(b.text("We have reviewed this summary of the register " + c.registerName() + " as generated on "
                    + WHEN.format(c.generatedAt()) + " (change-log head " + c.changeLogHeadHash().substring(0, 16) + "…).", 9, PdfBlocks.INK));
            PdfPTable t = b.table(new float[]{28, 28, 28, 16}, "Role", "Name", "Signature", "Date");
            for (String role : List.of("Committee chair", "Executive sponsor", "Compliance officer")) {
                b.cell(t, role);
                b.cell(t, " \n ");
                b.cell(t, "");
                b.cell(t, "");
            }
            sign.add(t);
            doc.add(sign);
        }

        private void cover(Document doc) throws DocumentException {
            Paragraph title = new Paragraph(f.phrase("Executive summary", 28, true, PdfBlocks.INK));
            title.setSpacingBefore(150);
            doc.add(title);
            doc.add(b.text(c.registerName(), 18, PdfBlocks.ACCENT));
            doc.add(b.text("AI agent governance: register, risks, controls and the governance programme", 11, PdfBlocks.MUTED));
            doc.add(b.text("Generated " + WHEN.format(c.generatedAt()) + " by " + c.generatedBy() + " with Steward " + c.appVersion(), 9, PdfBlocks.MUTED));
            doc.add(b.text("Change log: " + c.chain().describe() + ". Head hash " + c.changeLogHeadHash(), 8, PdfBlocks.MUTED));
            doc.newPage();
        }

        private Chapter chapter(String title, boolean newPage) {
            Chapter ch = new Chapter(b.heading(title), 0);
            ch.setNumberDepth(0);
            ch.setTriggerNewPage(newPage);
            ch.setBookmarkTitle(title);
            return ch;
        }

        private PdfPTable heatMap(List<Risk> risks) {
            var matrix = c.snapshot().matrix();
            int n = matrix.size();
            float[] widths = new float[n + 1];
            java.util.Arrays.fill(widths, 15);
            widths[0] = 22;
            PdfPTable t = new PdfPTable(widths);
            t.setWidthPercentage(n >= 5 ? 80 : 65);
            t.setHorizontalAlignment(Element.ALIGN_LEFT);
            for (int l = n; l >= 1; l--) {
                b.cell(t, l + " " + matrix.likelihoodLabel(l));
                for (int i = 1; i <= n; i++) {
                    int count = count(risks, l, i);
                    var band = matrix.band(l * i);
                    PdfPCell cell = new PdfPCell(f.phrase(count + "\n" + band.name() + " · " + (l * i), 8, count > 0, PdfBlocks.INK));
                    cell.setBackgroundColor(java.awt.Color.decode("#" + dev.steward.export.xlsx.BandTints.hex(band.colour())));
                    cell.setHorizontalAlignment(Element.ALIGN_CENTER);
                    cell.setFixedHeight(34);
                    cell.setBorderColor(java.awt.Color.WHITE);
                    t.addCell(cell);
                }
            }
            b.cell(t, "Likelihood / impact");
            for (int i = 1; i <= n; i++) b.cell(t, i + " " + matrix.impactLabel(i));
            return t;
        }

        private static int count(List<Risk> risks, int l, int i) {
            int n = 0;
            for (Risk r : risks) {
                Rating rating = r.currentRating();
                if (rating.likelihood() == l && rating.impact() == i) n++;
            }
            return n;
        }

        private static double share(int a, int b) {
            return b == 0 ? 0 : (double) a / b;
        }

        private static String joined(java.util.Map<String, Integer> counts) {
            StringBuilder sb = new StringBuilder();
            counts.forEach((k, v) -> {
                if (v > 0) sb.append(sb.length() == 0 ? "" : ", ").append(v).append(' ').append(k.toLowerCase().replace('_', ' '));
            });
            return sb.length() == 0 ? "none" : sb.toString();
        }
    }

    /** An enum's name as the summary's readers say it: CRITICAL → Critical, IN_PROGRESS → In progress. */
    static String words(String name) {
        if (name == null || name.isEmpty()) return "";
        String lower = name.replace('_', ' ').toLowerCase(java.util.Locale.ROOT);
        return Character.toUpperCase(lower.charAt(0)) + lower.substring(1);
    }
}
