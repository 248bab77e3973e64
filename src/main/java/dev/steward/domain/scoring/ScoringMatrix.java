package dev.steward.domain.scoring;

import dev.steward.domain.Entity;
import dev.steward.domain.Rating;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * The register's scoring matrix: size N (3 to 6), a label per likelihood and impact level, and
 * bands that give every reachable score (L x I) exactly one name and colour. A register holds one,
 * under the id {@value #ID}.
 */
public record ScoringMatrix(String id, int size, List<String> likelihoodLabels, List<String> impactLabels,
                            List<ScoreBand> bands) implements Entity {
    public static final String ID = "default";
    public static final int MIN_SIZE = 3;
    public static final int MAX_SIZE = Rating.MAX_LEVEL;

    public ScoringMatrix {
        if (!ID.equals(id)) throw new IllegalArgumentException("scoring matrix id must be '" + ID + "': '" + id + "'");
        if (size < MIN_SIZE || size > MAX_SIZE) {
            throw new IllegalArgumentException("scoring matrix size must be between " + MIN_SIZE + " and " + MAX_SIZE + ": " + size);
        }
        likelihoodLabels = labels(likelihoodLabels, size, "likelihood");
        impactLabels = labels(impactLabels, size, "impact");
        bands = List.copyOf(bands == null ? List.of() : bands);
        requireBandsCoverEveryScore(bands, size);
    }

    /** DESIGN.md's 5x5: Rare..Almost certain, Negligible..Severe; Low 1-4, Medium 5-9, High 10-16, Critical 20-25. */
    public static ScoringMatrix defaultMatrix() {
        return new ScoringMatrix(ID, 5,
                List.of("Rare", "Unlikely", "Possible", "Likely", "Almost certain"),
                List.of("Negligible", "Minor", "Moderate", "Major", "Severe"),
                List.of(new ScoreBand("Low", 1, 4, BandColour.GREEN), new ScoreBand("Medium", 5, 9, BandColour.AMBER),
                        new ScoreBand("High", 10, 16, BandColour.ORANGE), new ScoreBand("Critical", 20, 25, BandColour.RED)));
    }

    public int maxScore() {
        return size * size;
    }

    public boolean fits(Rating r) {
        return r.likelihood() <= size && r.impact() <= size;
    }

    public ScoreBand band(int score) {
        return bands.stream().filter(b -> b.contains(score)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("score " + score + " is not on this " + size + "x" + size + " matrix"));
    }

    public String likelihoodLabel(int level) {
        return likelihoodLabels.get(level - 1);
    }

    public String impactLabel(int level) {
        return impactLabels.get(level - 1);
    }

    /** Every score a rating on this matrix can reach, ascending (a 5x5 cannot reach 7, 11, 13, 14, 17-19, 21-24). */
    public static TreeSet<Integer> reachableScores(int size) {
        TreeSet<Integer> scores = new TreeSet<>();
        for (int l = 1; l <= size; l++) for (int i = 1; i <= size; i++) scores.add(l * i);
        return scores;
    }

    private static List<String> labels(List<String> labels, int size, String what) {
        if (labels == null || labels.size() != size) {
            throw new IllegalArgumentException("scoring matrix needs " + size + " " + what + " labels, has "
                    + (labels == null ? 0 : labels.size()));
        }
        List<String> clean = new ArrayList<>();
        for (String l : labels) {
            if (l == null || l.isBlank()) throw new IllegalArgumentException("scoring matrix " + what + " labels must not be blank");
            clean.add(l.strip());
        }
        return List.copyOf(clean);
    }

    private static void requireBandsCoverEveryScore(List<ScoreBand> bands, int size) {
        if (bands.isEmpty()) throw new IllegalArgumentException("scoring matrix needs at least one score band");
        for (int k = 1; k < bands.size(); k++) {
            ScoreBand prev = bands.get(k - 1), next = bands.get(k);
            if (next.from() <= prev.to()) {
                throw new IllegalArgumentException("score bands must ascend without overlapping: '" + prev.describe()
                        + "' and '" + next.describe() + "'");
            }
        }
        for (int score : reachableScores(size)) {
            if (bands.stream().noneMatch(b -> b.contains(score))) {
                throw new IllegalArgumentException("score " + score + " (reachable on a " + size + "x" + size
                        + " matrix) is in no score band");
            }
        }
        if (bands.get(bands.size() - 1).to() > size * size) {
            throw new IllegalArgumentException("score band '" + bands.get(bands.size() - 1).describe()
                    + "' runs past the highest score " + size * size);
        }
    }
}
