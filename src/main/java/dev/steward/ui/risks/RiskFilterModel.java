package dev.steward.ui.risks;

import dev.steward.domain.scoring.RiskFilter;
import javafx.beans.Observable;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;

/** The category, agent and owner choices the table and the heat map filter by (null = any). */
public final class RiskFilterModel {
    private final ObjectProperty<String> category = new SimpleObjectProperty<>();
    private final ObjectProperty<String> agent = new SimpleObjectProperty<>();
    private final ObjectProperty<String> owner = new SimpleObjectProperty<>();
    private final BooleanProperty includeClosed;

    public RiskFilterModel(boolean includeClosed) {
        this.includeClosed = new SimpleBooleanProperty(includeClosed);
    }

    public RiskFilter filter() {
        return new RiskFilter(category.get(), agent.get(), owner.get(), includeClosed.get());
    }

    public void onChange(Runnable r) {
        for (Observable o : new Observable[]{category, agent, owner, includeClosed}) o.addListener(x -> r.run());
    }

    public void clear() {
        category.set(null);
        agent.set(null);
        owner.set(null);
    }

    public ObjectProperty<String> categoryProperty() { return category; }
    public ObjectProperty<String> agentProperty() { return agent; }
    public ObjectProperty<String> ownerProperty() { return owner; }
    public BooleanProperty includeClosedProperty() { return includeClosed; }
}
