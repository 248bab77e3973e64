package dev.steward.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.steward.app.CatalogAdoptionPort;
import dev.steward.app.RegisterPort;
import dev.steward.domain.CatalogAdoption;
import dev.steward.domain.ChangeAction;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The catalog_adoption table, with a snapshot of the adopted version's clause titles (column
 * clause_titles, JSON) so a later version can be diffed against it.
 * Adopting is logged in the change log like any edit (entity type {@code catalog_adoption}).
 */
public final class SqliteCatalogAdoptions implements CatalogAdoptionPort {

    static final String TYPE = "catalog_adoption";
    private static final TypeReference<LinkedHashMap<String, String>> TITLES = new TypeReference<>() { };
    /** Built on first use: the app constructs this at start-up, before any adoption is read. */
    private static final class Json {
        static final ObjectMapper MAPPER = new ObjectMapper();
    }

    @Override
    public List<CatalogAdoption> adopted(RegisterPort register) {
        return sqlite(register).read(c -> {
            List<CatalogAdoption> out = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT catalog_id, version, adopted_at, adopted_by FROM catalog_adoption ORDER BY catalog_id");
                 ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    String id = rs.getString(1);
                    out.add(new CatalogAdoption(id, rs.getString(2), Instant.parse(rs.getString(3)), rs.getString(4),
                            snapshot(c, id).orElse(Map.of())));
                }
            }
            return out;
        });
    }

    @Override
    public void adopt(RegisterPort register, CatalogAdoption a, String actor) {
        SqliteRegister r = sqlite(register);
        Optional<CatalogAdoption> before = adopted(register).stream()
                .filter(x -> x.catalogId().equals(a.catalogId())).findFirst();
        r.writeLogged(actor, TYPE, a.catalogId(), before.isPresent() ? ChangeAction.UPDATE : ChangeAction.CREATE,
                before.map(this::summary).orElse(null), summary(a), c -> {
                    try (PreparedStatement ps = c.prepareStatement("INSERT INTO catalog_adoption(catalog_id, version, "
                            + "adopted_at, adopted_by, clause_titles) VALUES (?,?,?,?,?) ON CONFLICT(catalog_id) DO UPDATE SET "
                            + "version = excluded.version, adopted_at = excluded.adopted_at, adopted_by = excluded.adopted_by, "
                            + "clause_titles = excluded.clause_titles")) {
                        ps.setString(1, a.catalogId());
                        ps.setString(2, a.version());
                        ps.setString(3, a.adoptedAt().toString());
                        ps.setString(4, a.adoptedBy());
                        ps.setString(5, write(a.clauseTitles()));
                        ps.executeUpdate();
                    }
                    return null;
                });
    }

    private Optional<Map<String, String>> snapshot(Connection c, String catalogId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT clause_titles FROM catalog_adoption WHERE catalog_id = ?")) {
            ps.setString(1, catalogId);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) return Optional.empty();
                return Optional.of(Json.MAPPER.readValue(rs.getString(1), TITLES));
            } catch (JsonProcessingException e) {
                return Optional.empty(); // an unreadable snapshot only means no diff can be shown
            }
        }
    }

    /** What the change log records: the version, when and by whom, not the whole snapshot. */
    private String summary(CatalogAdoption a) {
        ObjectNode n = Json.MAPPER.createObjectNode().put("catalogId", a.catalogId()).put("version", a.version())
                .put("adoptedAt", a.adoptedAt().toString()).put("adoptedBy", a.adoptedBy())
                .put("clauses", a.clauseTitles().size());
        return n.toString();
    }

    private String write(Map<String, String> titles) {
        try {
            return Json.MAPPER.writeValueAsString(titles);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot encode the clause snapshot", e);
        }
    }

    private static SqliteRegister sqlite(RegisterPort register) {
        if (register instanceof SqliteRegister r) return r;
        throw new IllegalArgumentException("not a register of this store: " + register.file());
    }
}
