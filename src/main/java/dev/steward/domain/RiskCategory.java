package dev.steward.domain;

import java.util.regex.Pattern;

/** A node of the risk taxonomy; tolerance is the highest residual score accepted in it (score = L x I). */
public record RiskCategory(String code, String parentCode, String name, String description, int tolerance)
        implements Entity {

    /** The highest score a matrix can reach (6 x 6). */
    public static final int MAX_TOLERANCE = Rating.MAX_LEVEL * Rating.MAX_LEVEL;

    private static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9_]{1,15}");

    public RiskCategory {
        requireCode(code, "risk category code");
        if (parentCode != null) {
            requireCode(parentCode, "risk category parentCode");
            if (parentCode.equals(code)) {
                throw new IllegalArgumentException("risk category parentCode must differ from its code: '" + code + "'");
            }
        }
        Check.text(name, "risk category name");
        Check.range(tolerance, 1, MAX_TOLERANCE, "risk category tolerance");
    }

    @Override
    public String id() {
        return code;
    }

    public boolean accepts(int residualScore) {
        return residualScore <= tolerance;
    }

    static String requireCode(String code, String what) {
        if (code == null || !CODE.matcher(code).matches()) {
            throw new IllegalArgumentException(what + " must be 2-16 capital letters, digits or _ like EXEC: '" + code + "'");
        }
        return code;
    }
}
