package dev.steward.domain.scoring;

import dev.steward.domain.Rating;
import dev.steward.domain.Risk;

import java.util.ArrayList;
import java.util.List;

/**
 * Risks placed on the matrix by one of their ratings. Each cell knows its risks, so a count and the
 * list behind it can never disagree; risks without that rating (residual not yet assessed) are kept
 * apart and named, never dropped silently.
 */
public final class HeatMap {
    private final ScoringMatrix matrix;
    private final RatingView view;
    private final List<List<List<Risk>>> cells; // [likelihood-1][impact-1]
    private final List<Risk> unrated = new ArrayList<>();

    private HeatMap(ScoringMatrix matrix, RatingView view) {
        this.matrix = matrix;
        this.view = view;
        this.cells = new ArrayList<>();
        for (int l = 0; l < matrix.size(); l++) {
            List<List<Risk>> row = new ArrayList<>();
            for (int i = 0; i < matrix.size(); i++) row.add(new ArrayList<>());
            cells.add(row);
        }
    }

    /** Places the (already filtered) risks; a rating that does not fit the matrix is an error, not a lost risk. */
    public static HeatMap of(List<Risk> risks, RatingView view, ScoringMatrix matrix) {
        HeatMap map = new HeatMap(matrix, view);
        for (Risk r : risks) {
            Rating rating = view.of(r);
            if (rating == null) {
                map.unrated.add(r);
            } else if (!matrix.fits(rating)) {
                throw new IllegalArgumentException("risk " + r.id() + " is rated " + rating.likelihood() + "x" + rating.impact()
                        + ", outside the " + matrix.size() + "x" + matrix.size() + " matrix");
            } else {
                map.cells.get(rating.likelihood() - 1).get(rating.impact() - 1).add(r);
            }
        }
        return map;
    }

    public int count(int likelihood, int impact) {
        return risks(likelihood, impact).size();
    }

    public List<Risk> risks(int likelihood, int impact) {
        return List.copyOf(cells.get(likelihood - 1).get(impact - 1));
    }

    public ScoreBand band(int likelihood, int impact) {
        return matrix.band(likelihood * impact);
    }

    /** Risks the view cannot place: in the residual view, those not yet assessed after controls. */
    public List<Risk> unrated() {
        return List.copyOf(unrated);
    }

    public int placed() {
        return cells.stream().flatMap(List::stream).mapToInt(List::size).sum();
    }

    public ScoringMatrix matrix() {
        return matrix;
    }

    public RatingView view() {
        return view;
    }
}
