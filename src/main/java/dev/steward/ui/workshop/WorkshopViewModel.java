package dev.steward.ui.workshop;

import dev.steward.app.RiskBoard;
import dev.steward.app.WorkshopService;
import dev.steward.domain.CommitteeRole;
import dev.steward.domain.Person;
import dev.steward.domain.Rating;
import dev.steward.domain.Risk;
import dev.steward.domain.RiskStatus;
import dev.steward.domain.WorkshopVote;
import dev.steward.domain.scoring.RatingView;
import dev.steward.domain.scoring.VoteSpread;
import dev.steward.ui.risks.RiskBoardModel;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.util.List;

/**
 * Workshop scoring, one risk at a time: each present member types likelihood then impact, the
 * spread shows, the chair sets the consensus (starting from the cautious median) and records it.
 * Recording writes the votes and the consensus to the register as one edit, then moves on.
 */
public final class WorkshopViewModel {
    private final RiskBoardModel model;
    private final WorkshopService service;
    private final ObservableList<Risk> queue = FXCollections.observableArrayList();
    private final IntegerProperty index = new SimpleIntegerProperty(0);
    private final ReadOnlyObjectWrapper<Risk> current = new ReadOnlyObjectWrapper<>();
    private final ObjectProperty<RatingView> target = new SimpleObjectProperty<>(RatingView.RESIDUAL);
    private final ObservableList<MemberVote> votes = FXCollections.observableArrayList();
    private final IntegerProperty voter = new SimpleIntegerProperty(0);
    private final ReadOnlyObjectWrapper<VoteSpread> spread = new ReadOnlyObjectWrapper<>();
    private final BooleanProperty consensusMode = new SimpleBooleanProperty(false);
    private final ObjectProperty<Integer> consensusL = new SimpleObjectProperty<>();
    private final ObjectProperty<Integer> consensusI = new SimpleObjectProperty<>();
    private final IntegerProperty elapsed = new SimpleIntegerProperty(0);
    private final IntegerProperty recorded = new SimpleIntegerProperty(0);

    public WorkshopViewModel(RiskBoardModel model, WorkshopService service) {
        this.model = model;
        this.service = service;
    }

    /** Starts on the open risks, with the committee members present (everyone with a seat, by default). */
    public void start() {
        RiskBoard b = model.board();
        queue.setAll(b.risks().stream().filter(r -> r.status() != RiskStatus.CLOSED).toList());
        List<Person> members = b.people().stream().filter(Person::sitsOnCommittee).toList();
        votes.setAll((members.isEmpty() ? b.people() : members).stream().map(p -> new MemberVote(p, null, null)).toList());
        show(0);
    }

    public void show(int i) {
        if (queue.isEmpty()) {
            current.set(null);
            return;
        }
        index.set(Math.max(0, Math.min(i, queue.size() - 1)));
        current.set(queue.get(index.get()));
        votes.replaceAll(v -> new MemberVote(v.member(), null, null));
        voter.set(0);
        consensusMode.set(false);
        consensusL.set(null);
        consensusI.set(null);
        elapsed.set(0);
        spread.set(null);
    }

    public void next() { show(index.get() + 1); }
    public void previous() { show(index.get() - 1); }

    /** A digit key: the current voter's likelihood, then impact; in consensus mode, the consensus's. */
    public void digit(int d) {
        int size = model.board().matrix().size();
        if (d < 1 || d > size || current.get() == null) return;
        if (consensusMode.get()) {
            if (consensusL.get() == null || consensusI.get() != null) {
                consensusL.set(d);
                consensusI.set(null);
            } else {
                consensusI.set(d);
            }
            return;
        }
        if (votes.isEmpty()) return;
        MemberVote v = votes.get(voter.get());
        if (v.likelihood() == null || v.complete()) {
            votes.set(voter.get(), new MemberVote(v.member(), d, null));
        } else {
            votes.set(voter.get(), new MemberVote(v.member(), v.likelihood(), d));
            updateSpread();
            nextVoter();
        }
    }

    public void nextVoter() {
        if (!votes.isEmpty()) voter.set((voter.get() + 1) % votes.size());
    }

    public void previousVoter() {
        if (!votes.isEmpty()) voter.set((voter.get() - 1 + votes.size()) % votes.size());
    }

    /** Clears the current voter's vote (a member who abstains or is absent casts none). */
    public void clearVote() {
        if (votes.isEmpty()) return;
        votes.set(voter.get(), new MemberVote(votes.get(voter.get()).member(), null, null));
        updateSpread();
    }

    /** Enter: first opens the chair's consensus (from the cautious median), then records it. */
    public void enter() {
        if (current.get() == null || spread.get() == null) return;
        if (!consensusMode.get()) {
            consensusMode.set(true);
            consensusL.set(spread.get().median().likelihood());
            consensusI.set(spread.get().median().impact());
        } else if (consensusL.get() != null && consensusI.get() != null) {
            record();
        }
    }

    public void cancelConsensus() {
        consensusMode.set(false);
    }

    private void record() {
        Risk risk = current.get();
        Rating consensus = new Rating(consensusL.get(), consensusI.get());
        List<WorkshopVote> cast = votes.stream().filter(MemberVote::complete)
                .map(v -> new WorkshopVote(v.member().id(), new Rating(v.likelihood(), v.impact()))).toList();
        String chair = chairId();
        String note = "Spread " + spread.get().minScore() + "-" + spread.get().maxScore() + " over " + cast.size() + " votes";
        int at = index.get();
        model.edit("Cannot record the workshop score", o -> service.record(o, risk, target.get(), chair, cast, consensus, note), () -> {
            recorded.set(recorded.get() + 1);
            RiskBoard b = model.board();
            queue.replaceAll(r -> b.risk(r.id()).orElse(r));
            show(at + 1 < queue.size() ? at + 1 : at);
        });
    }

    String chairId() {
        return votes.stream().map(MemberVote::member).filter(p -> p.committeeRole() == CommitteeRole.CHAIR).findFirst()
                .or(() -> votes.stream().map(MemberVote::member).findFirst()).map(Person::id).orElseThrow();
    }

    private void updateSpread() {
        List<Rating> cast = votes.stream().filter(MemberVote::complete).map(v -> new Rating(v.likelihood(), v.impact())).toList();
        spread.set(cast.isEmpty() ? null : VoteSpread.of(cast));
    }

    public void tick() {
        elapsed.set(elapsed.get() + 1);
    }

    public RiskBoardModel model() { return model; }
    public ObservableList<Risk> queue() { return queue; }
    public IntegerProperty indexProperty() { return index; }
    public ReadOnlyObjectProperty<Risk> currentProperty() { return current.getReadOnlyProperty(); }
    public ObjectProperty<RatingView> targetProperty() { return target; }
    public ObservableList<MemberVote> votes() { return votes; }
    public IntegerProperty voterProperty() { return voter; }
    public ReadOnlyObjectProperty<VoteSpread> spreadProperty() { return spread.getReadOnlyProperty(); }
    public BooleanProperty consensusModeProperty() { return consensusMode; }
    public ObjectProperty<Integer> consensusLikelihoodProperty() { return consensusL; }
    public ObjectProperty<Integer> consensusImpactProperty() { return consensusI; }
    public IntegerProperty elapsedProperty() { return elapsed; }
    public IntegerProperty recordedProperty() { return recorded; }
}
