package dev.steward.ui.agents;

import dev.steward.domain.AccessLevel;
import dev.steward.domain.Accountability;
import dev.steward.domain.Agent;
import dev.steward.domain.AgentIdentity;
import dev.steward.domain.AiActProfile;
import dev.steward.domain.AiActRiskTier;
import dev.steward.domain.AiActRole;
import dev.steward.domain.AutonomyLevel;
import dev.steward.domain.BlastRadius;
import dev.steward.domain.DataClass;
import dev.steward.domain.DiscoverySource;
import dev.steward.domain.HighImpactKind;
import dev.steward.domain.LoggingSetup;
import dev.steward.domain.Platform;
import dev.steward.domain.Privilege;
import dev.steward.domain.Provenance;
import dev.steward.domain.ReviewSchedule;
import dev.steward.domain.RuntimeLimits;
import dev.steward.domain.ToolAction;
import javafx.beans.Observable;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The agent page's editable fields as properties, and the rules that turn them back into an
 * {@link Agent}: {@link #build} returns the agent, or null with a clear message per field in
 * {@link #errors}. Lists (privileges, tools) are edited as lines: "SAP FI | write",
 * "post journal entry | financial transaction | gated".
 */
public final class AgentForm {
    public final StringProperty name = text(), purpose = text(), businessUnit = text();
    public final ObjectProperty<DiscoverySource> discoverySource = new SimpleObjectProperty<>();
    public final StringProperty provisionedBy = text();
    public final ObjectProperty<LocalDate> provisionedOn = new SimpleObjectProperty<>();
    public final StringProperty vendor = text(), model = text(), hosting = text();
    public final ObjectProperty<AutonomyLevel> autonomy = new SimpleObjectProperty<>(AutonomyLevel.SUGGESTS_ONLY);
    public final StringProperty serviceAccount = text(), credentialType = text(), tokenHours = text();
    public final ObjectProperty<LocalDate> lastRotation = new SimpleObjectProperty<>();
    public final BooleanProperty humanEquivalent = new SimpleBooleanProperty();
    public final StringProperty privileges = text();
    public final Map<DataClass, BooleanProperty> dataClasses = new EnumMap<>(DataClass.class);
    public final StringProperty tools = text();
    public final BooleanProperty logToolCalls = new SimpleBooleanProperty(), logInputsOutputs = new SimpleBooleanProperty(),
            logDecisionPath = new SimpleBooleanProperty();
    public final StringProperty retentionDays = text(), budget = text(), currency = text(), rateLimit = text(), safety = text();
    public final ObjectProperty<Integer> blastRating = new SimpleObjectProperty<>();
    public final StringProperty blastText = text();
    public final ObjectProperty<AiActRole> aiRole = new SimpleObjectProperty<>();
    public final ObjectProperty<AiActRiskTier> aiTier = new SimpleObjectProperty<>();
    public final StringProperty annexArea = text();
    public final StringProperty owner = text(), approver = text(), investigator = text(), liabilityHolder = text();
    public final StringProperty cadenceMonths = text();

    /** Field key (as the view names its controls) to message; empty when valid. */
    final Map<String, String> errors = new LinkedHashMap<>();

    public AgentForm() {
        for (DataClass c : DataClass.values()) dataClasses.put(c, new SimpleBooleanProperty());
    }

    /** Every property, for listening to any change. */
    public List<Observable> all() {
        List<Observable> out = new ArrayList<>(List.of(name, purpose, businessUnit, discoverySource, provisionedBy, provisionedOn,
                vendor, model, hosting, autonomy, serviceAccount, credentialType, tokenHours, lastRotation, humanEquivalent,
                privileges, tools, logToolCalls, logInputsOutputs, logDecisionPath, retentionDays, budget, currency, rateLimit,
                safety, blastRating, blastText, aiRole, aiTier, annexArea, owner, approver, investigator, liabilityHolder,
                cadenceMonths));
        out.addAll(dataClasses.values());
        return out;
    }

    public void fill(Agent a) {
        name.set(a.name());
        purpose.set(nz(a.purpose()));
        businessUnit.set(nz(a.businessUnit()));
        discoverySource.set(a.provenance().discoverySource());
        provisionedBy.set(nz(a.provenance().provisionedBy()));
        provisionedOn.set(a.provenance().provisionedOn());
        vendor.set(nz(a.platform().vendor()));
        model.set(nz(a.platform().model()));
        hosting.set(nz(a.platform().hosting()));
        autonomy.set(a.autonomy());
        AgentIdentity id = a.identity();
        serviceAccount.set(nz(id.serviceAccount()));
        credentialType.set(nz(id.credentialType()));
        tokenHours.set(id.tokenLifetime() == null ? "" : lifetime(id.tokenLifetime()));
        lastRotation.set(id.lastCredentialRotation());
        humanEquivalent.set(id.humanEquivalentPrivileges());
        privileges.set(String.join("\n", id.privileges().stream()
                .map(p -> p.system() + " | " + p.accessLevel().name().toLowerCase(Locale.ROOT)).toList()));
        dataClasses.forEach((c, p) -> p.set(a.dataClasses().contains(c)));
        tools.set(String.join("\n", a.tools().stream().map(AgentForm::toolLine).toList()));
        logToolCalls.set(a.logging().toolCalls());
        logInputsOutputs.set(a.logging().inputsOutputs());
        logDecisionPath.set(a.logging().decisionPath());
        retentionDays.set(a.logging().retentionDays() == null ? "" : a.logging().retentionDays().toString());
        budget.set(a.limits().monthlyBudget() == null ? "" : a.limits().monthlyBudget().toPlainString());
        currency.set(nz(a.limits().currency()));
        rateLimit.set(a.limits().rateLimitPerMinute() == null ? "" : a.limits().rateLimitPerMinute().toString());
        safety.set(nz(a.limits().safetyPreconditions()));
        blastRating.set(a.blastRadius() == null ? null : a.blastRadius().rating());
        blastText.set(a.blastRadius() == null ? "" : nz(a.blastRadius().text()));
        aiRole.set(a.aiAct().role());
        aiTier.set(a.aiAct().riskTier());
        annexArea.set(nz(a.aiAct().annexIIIArea()));
        owner.set(nz(a.accountability().ownerId()));
        approver.set(nz(a.accountability().approverId()));
        investigator.set(nz(a.accountability().incidentInvestigatorId()));
        liabilityHolder.set(nz(a.accountability().liabilityHolderId()));
        cadenceMonths.set(Integer.toString(a.review().cadenceMonths()));
    }

    /** The edited agent (lifecycle, sanction, sighting, history and last review kept from {@code base}), or null when invalid. */
    public Agent build(Agent base) {
        errors.clear();
        if (blank(name.get())) errors.put("name", "Name is required");
        Duration token = duration(tokenHours.get());
        Integer retention = positive("retentionDays", retentionDays.get(), "Retention must be a whole number of days above 0");
        Integer rate = positive("rateLimit", rateLimit.get(), "Rate limit must be a whole number of calls per minute above 0");
        Integer cadence = positive("cadenceMonths", cadenceMonths.get(), "Review cadence must be a whole number of months");
        if (cadence == null && !errors.containsKey("cadenceMonths")) errors.put("cadenceMonths", "Review cadence is required (1 to 36 months)");
        if (cadence != null && cadence > 36) errors.put("cadenceMonths", "Review cadence must be between 1 and 36 months");
        BigDecimal money = money();
        String cur = currency.get() == null ? "" : currency.get().strip().toUpperCase(Locale.ROOT);
        if (money != null && !cur.matches("[A-Z]{3}")) errors.put("currency", "Currency must be a 3-letter code like EUR when a budget is set");
        if (!blank(annexArea.get()) && aiTier.get() != AiActRiskTier.HIGH_RISK) {
            errors.put("annexArea", "An Annex III area applies only to high-risk systems");
        }
        if (blastRating.get() == null && !blank(blastText.get())) errors.put("blastRating", "Choose a blast radius rating (1-5) for the description");
        List<Privilege> privs = privileges();
        List<ToolAction> toolList = toolActions();
        if (!errors.isEmpty()) return null;
        Set<DataClass> classes = EnumSet.noneOf(DataClass.class);
        dataClasses.forEach((c, p) -> { if (p.get()) classes.add(c); });
        try {
            return new Agent(base.id(), name.get().strip(), opt(purpose), opt(businessUnit), base.lifecycle(),
                    new Provenance(base.provenance().sanction(), discoverySource.get(), opt(provisionedBy), provisionedOn.get()),
                    new Platform(opt(vendor), opt(model), opt(hosting)), autonomy.get(),
                    new AgentIdentity(opt(serviceAccount), opt(credentialType), token,
                            lastRotation.get(), humanEquivalent.get(), privs),
                    classes, toolList, new RuntimeLimits(money, money == null && cur.isEmpty() ? null : cur, rate, opt(safety)),
                    new LoggingSetup(logToolCalls.get(), logInputsOutputs.get(), logDecisionPath.get(), retention),
                    blastRating.get() == null ? null : new BlastRadius(blastRating.get(), opt(blastText)),
                    new AiActProfile(aiRole.get(), aiTier.get(), opt(annexArea)),
                    new Accountability(opt(owner), opt(approver), opt(investigator), opt(liabilityHolder)),
                    new ReviewSchedule(base.review().lastReview(), cadence), base.sighting(), base.history());
        } catch (IllegalArgumentException e) {
            errors.put("agent", e.getMessage());
            return null;
        }
    }

    private List<Privilege> privileges() {
        List<Privilege> out = new ArrayList<>();
        int n = 0;
        for (String line : lines(privileges.get())) {
            n++;
            String[] parts = line.split("\\|");
            AccessLevel level = parts.length == 2 ? enumValue(AccessLevel.class, parts[1]) : null;
            if (parts.length != 2 || blank(parts[0]) || level == null) {
                errors.put("privileges", "Privilege line " + n + " must read 'system | read', 'system | write' or 'system | admin': '" + line + "'");
                return List.of();
            }
            out.add(new Privilege(parts[0].strip(), level));
        }
        return out;
    }

    private List<ToolAction> toolActions() {
        List<ToolAction> out = new ArrayList<>();
        Set<String> names = new java.util.HashSet<>();
        int n = 0;
        for (String line : lines(tools.get())) {
            n++;
            String[] parts = line.split("\\|");
            String toolName = parts[0].strip();
            HighImpactKind kind = parts.length > 1 && !blank(parts[1]) ? enumValue(HighImpactKind.class, parts[1]) : null;
            boolean gated = parts.length > 2 && parts[2].strip().equalsIgnoreCase("gated");
            boolean badGate = parts.length > 2 && !gated && !parts[2].strip().equalsIgnoreCase("not gated");
            if (toolName.isEmpty() || parts.length > 3 || badGate || (parts.length > 1 && !blank(parts[1]) && kind == null)) {
                errors.put("tools", "Tool line " + n + " must read 'name', 'name | high-impact kind' or 'name | kind | gated': '" + line + "'");
                return List.of();
            }
            if (!names.add(toolName.toLowerCase(Locale.ROOT))) {
                errors.put("tools", "Tool '" + toolName + "' is listed twice");
                return List.of();
            }
            out.add(new ToolAction(toolName, kind, gated));
        }
        return out;
    }

    static String toolLine(ToolAction t) {
        if (t.highImpactKind() == null) return t.name();
        return t.name() + " | " + t.highImpactKind().name().toLowerCase(Locale.ROOT).replace('_', ' ')
                + " | " + (t.humanApprovalGate() ? "gated" : "not gated");
    }

    private BigDecimal money() {
        if (blank(budget.get())) return null;
        try {
            BigDecimal b = new BigDecimal(budget.get().strip().replace(",", ""));
            if (b.signum() < 0) errors.put("budget", "Monthly budget must not be negative");
            return b;
        } catch (NumberFormatException e) {
            errors.put("budget", "Monthly budget must be an amount like 1500 or 1500.00");
            return null;
        }
    }

    private Integer positive(String key, String text, String message) {
        if (blank(text)) return null;
        try {
            int v = Integer.parseInt(text.strip());
            if (v <= 0) errors.put(key, message);
            return v;
        } catch (NumberFormatException e) {
            errors.put(key, message);
            return null;
        }
    }

    static <E extends Enum<E>> E enumValue(Class<E> type, String text) {
        String key = text.strip().toUpperCase(Locale.ROOT).replaceAll("[\\s-]+", "_");
        for (E e : type.getEnumConstants()) if (e.name().equals(key)) return e;
        return null;
    }

    private static List<String> lines(String text) {
        return text == null ? List.of() : text.lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
    }

    /** "15m", "1h", "30d": short enough to read on a projector, exact enough to round-trip. */
    static String lifetime(Duration d) {
        if (d.toSeconds() % 3600 != 0) return d.toMinutes() + "m";
        long h = d.toHours();
        return h >= 48 && h % 24 == 0 ? (h / 24) + "d" : h + "h";
    }

    private Duration duration(String text) {
        if (blank(text)) return null;
        var m = java.util.regex.Pattern.compile("(\\d{1,6})\\s*([mhd]?)").matcher(text.strip().toLowerCase(Locale.ROOT));
        if (!m.matches() || Long.parseLong(m.group(1)) == 0) {
            errors.put("tokenHours", "Token lifetime must look like 15m, 1h or 30d (a plain number means hours)");
            return null;
        }
        long n = Long.parseLong(m.group(1));
        return switch (m.group(2)) {
            case "m" -> Duration.ofMinutes(n);
            case "d" -> Duration.ofDays(n);
            default -> Duration.ofHours(n);
        };
    }

    private static String opt(StringProperty p) {
        return blank(p.get()) ? null : p.get().strip();
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    private static StringProperty text() {
        return new SimpleStringProperty("");
    }
}
