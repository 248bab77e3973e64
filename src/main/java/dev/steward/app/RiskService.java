package dev.steward.app;

import dev.steward.domain.Approval;
import dev.steward.domain.ApprovalSubject;
import dev.steward.domain.Decision;
import dev.steward.domain.Entity;
import dev.steward.domain.Ids;
import dev.steward.domain.Risk;
import dev.steward.domain.RiskAcceptance;
import dev.steward.domain.RiskCategory;
import dev.steward.domain.scoring.MatrixChange;
import dev.steward.domain.scoring.ScoringMatrix;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The risk register's use cases: read the board, save and delete risks, accept a risk formally,
 * edit the taxonomy and the scoring matrix. Every change is one undoable edit in the change log.
 */
public final class RiskService {
    private final Clock clock;

    public RiskService(Clock clock) {
        this.clock = clock;
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    public RiskBoard load(RegisterPort r) {
        return RiskBoard.of(r.all(EntityKinds.RISK), r.all(EntityKinds.CATEGORY), matrix(r), r.all(EntityKinds.AGENT),
                r.all(EntityKinds.PERSON), r.all(EntityKinds.CONTROL), today());
    }

    /** The register's matrix; a register that never changed it uses DESIGN's default 5x5. */
    public static ScoringMatrix matrix(RegisterPort r) {
        return r.find(EntityKinds.SCORING_MATRIX, ScoringMatrix.ID).orElseGet(ScoringMatrix::defaultMatrix);
    }

    public static String nextId(RegisterPort r, EntityKind<? extends Entity> kind, String prefix) {
        return Ids.next(prefix, r.all(kind).stream().map(Entity::id).toList());
    }

    /** Creates (before == null) or updates a risk, refusing ratings the register's matrix cannot show. */
    public void save(OpenedRegister o, Risk before, Risk after) {
        ScoringMatrix m = matrix(o.register());
        if (!m.fits(after.inherent()) || (after.residual() != null && !m.fits(after.residual()))) {
            throw new IllegalArgumentException("risk " + after.id() + " is rated beyond the " + m.size() + "x" + m.size() + " matrix");
        }
        if (o.register().find(EntityKinds.CATEGORY, after.categoryCode()).isEmpty()) {
            throw new IllegalArgumentException("risk " + after.id() + " names category " + after.categoryCode() + ", which is not in the taxonomy");
        }
        o.history().perform(before == null
                ? Edit.of("Add risk " + after.id(), EntityChange.create(EntityKinds.RISK, after))
                : Edit.of("Edit risk " + after.id(), EntityChange.update(EntityKinds.RISK, before, after)));
    }

    public void delete(OpenedRegister o, Risk risk) {
        o.history().perform(Edit.of("Delete risk " + risk.id(), EntityChange.delete(EntityKinds.RISK, risk)));
    }

    /**
     * Formal acceptance of a risk above tolerance: an approved RISK_ACCEPTANCE approval (who asked,
     * who approved, when, until when) and the acceptance on the risk, in one edit.
     */
    public void accept(OpenedRegister o, Risk risk, String requestedById, String approverId, LocalDate expiry, String conditions) {
        LocalDate today = today();
        RiskAcceptance acceptance = new RiskAcceptance(approverId, today, expiry);
        String id = nextId(o.register(), EntityKinds.APPROVAL, Ids.APPROVAL);
        Approval approval = Approval.request(id, ApprovalSubject.RISK_ACCEPTANCE, risk.id(), requestedById, today)
                .decide(approverId, conditions == null || conditions.isBlank() ? Decision.APPROVED : Decision.CONDITIONAL,
                        conditions, today, expiry);
        o.history().perform(Edit.of("Accept risk " + risk.id() + " until " + expiry,
                EntityChange.create(EntityKinds.APPROVAL, approval),
                EntityChange.update(EntityKinds.RISK, risk, risk.accepted(acceptance))));
    }

    public void saveCategory(OpenedRegister o, RiskCategory before, RiskCategory after) {
        String what = before == null ? "Add category " + after.code()
                : before.tolerance() != after.tolerance()
                ? "Set tolerance of " + after.name() + " to " + after.tolerance() : "Edit category " + after.code();
        o.history().perform(Edit.of(what, before == null ? EntityChange.create(EntityKinds.CATEGORY, after)
                : EntityChange.update(EntityKinds.CATEGORY, before, after)));
    }

    /** Deletes a category only when no risk and no sub-category uses it: a risk never loses its category. */
    public void deleteCategory(OpenedRegister o, RiskCategory category) {
        RegisterPort r = o.register();
        long risks = r.all(EntityKinds.RISK).stream().filter(k -> k.categoryCode().equals(category.code())).count();
        long children = r.all(EntityKinds.CATEGORY).stream().filter(c -> category.code().equals(c.parentCode())).count();
        if (risks > 0 || children > 0) {
            throw new IllegalArgumentException("category " + category.code() + " still has " + risks + " risk(s) and "
                    + children + " sub-categories: move them first");
        }
        o.history().perform(Edit.of("Delete category " + category.code(), EntityChange.delete(EntityKinds.CATEGORY, category)));
    }

    /** The plan a new matrix implies for the stored register, for the user to review before applying. */
    public MatrixChange planMatrix(RegisterPort r, ScoringMatrix next) {
        return MatrixChange.plan(matrix(r), next, r.all(EntityKinds.RISK), r.all(EntityKinds.CATEGORY));
    }

    /** Applies a reviewed plan: the matrix and every re-mapped risk and tolerance in one undoable edit. */
    public void applyMatrix(OpenedRegister o, MatrixChange plan) {
        RegisterPort r = o.register();
        List<EntityChange<?>> changes = new ArrayList<>();
        var stored = r.find(EntityKinds.SCORING_MATRIX, ScoringMatrix.ID);
        changes.add(stored.isPresent() ? EntityChange.update(EntityKinds.SCORING_MATRIX, stored.get(), plan.to())
                : EntityChange.create(EntityKinds.SCORING_MATRIX, plan.to()));
        plan.risks().forEach(x -> changes.add(EntityChange.update(EntityKinds.RISK, x.before(), x.after())));
        plan.tolerances().forEach(x -> changes.add(EntityChange.update(EntityKinds.CATEGORY, x.before(), x.after())));
        String what = plan.resizes() ? "Change the scoring matrix to " + plan.to().size() + "x" + plan.to().size()
                + " (re-mapping " + plan.risks().size() + " risks, " + plan.tolerances().size() + " tolerances)"
                : "Change the scoring matrix labels and bands";
        o.history().perform(new Edit(what, changes));
    }
}
