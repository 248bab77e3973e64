package dev.steward.domain;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

class DomainJsonRoundTripTest {
    static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    static Stream<Object> entities() {
        return Stream.of(Fixtures.person(), Fixtures.agent(), Fixtures.category(), Fixtures.risk(), Fixtures.control(),
                Fixtures.mapping(), Fixtures.task(), Fixtures.approval(), Fixtures.incident(), Fixtures.evidence(),
                Fixtures.scoringMatrix(), Fixtures.workshopRound(), Fixtures.suggestionDecision(), Fixtures.activity(), Fixtures.policyLimits(),
                Fixtures.change(), new Taxonomy(List.of(Fixtures.category())),
                new RegisterContent("fictional", List.of(Fixtures.person()), List.of(Fixtures.agent()), List.of(Fixtures.risk()),
                        List.of(Fixtures.control()), List.of(Fixtures.mapping()), List.of(Fixtures.task()),
                        List.of(Fixtures.approval()), List.of(Fixtures.incident())));
    }

    @ParameterizedTest
    @MethodSource("entities")
    void roundTripsToAnEqualRecord(Object original) throws Exception {
        String json = JSON.writeValueAsString(original);
        Object back = JSON.readValue(json, original.getClass());
        assertThat(back).isEqualTo(original);
    }

    @ParameterizedTest
    @MethodSource("entities")
    void writesExactlyTheRecordComponents(Object original) {
        JsonNode node = JSON.valueToTree(original);
        List<String> components = Stream.of(original.getClass().getRecordComponents()).map(c -> c.getName()).toList();
        List<String> keys = Stream.of(node.fieldNames()).flatMap(it -> {
            Stream.Builder<String> b = Stream.builder();
            it.forEachRemaining(b);
            return b.build();
        }).toList();
        assertThat(keys).containsExactlyElementsOf(components);
    }

    @Test
    void usesEnumNamesIsoDatesAndInstants() {
        JsonNode agent = JSON.valueToTree(Fixtures.agent());
        assertThat(agent.get("autonomy").asText()).isEqualTo("HUMAN_APPROVES_HIGH_IMPACT");
        assertThat(agent.at("/review/lastReview").asText()).isEqualTo("2026-06-01");
        assertThat(agent.get("dataClasses").toString()).isEqualTo("[\"CONFIDENTIAL\",\"FINANCIAL\"]");
        assertThat(JSON.valueToTree(Fixtures.incident()).get("detectedAt").asText()).isEqualTo("2026-09-01T10:00:00Z");
    }

    @Test
    void writesDurationsAsSecondsUnlessTheMapperAsksForIso() throws Exception {
        // The shared mapper writes Duration as seconds; writers wanting "PT1H" disable WRITE_DURATIONS_AS_TIMESTAMPS.
        assertThat(JSON.valueToTree(Fixtures.agent()).at("/identity/tokenLifetime").asDouble()).isEqualTo(3600.0);
        ObjectMapper iso = JSON.copy().disable(SerializationFeature.WRITE_DURATIONS_AS_TIMESTAMPS);
        assertThat(iso.valueToTree(Fixtures.agent()).at("/identity/tokenLifetime").asText()).isEqualTo("PT1H");
    }

    @Test
    void readsAnAgentWrittenBeforeSightingsAndHistoryExisted() throws Exception {
        com.fasterxml.jackson.databind.node.ObjectNode old = JSON.valueToTree(Fixtures.agent());
        old.remove("sighting");
        old.remove("history");
        Agent back = JSON.treeToValue(old, Agent.class);
        assertThat(back.sighting()).isNull();
        assertThat(back.history()).isEmpty();
        assertThat(back.name()).isEqualTo(Fixtures.agent().name());
    }

    @Test
    void readsIsoDurations() throws Exception {
        String json = "{\"serviceAccount\":\"s\",\"tokenLifetime\":\"P90D\",\"humanEquivalentPrivileges\":false}";
        AgentIdentity identity = JSON.readValue(json, AgentIdentity.class);
        assertThat(identity.tokenLifetime()).isEqualTo(java.time.Duration.ofDays(90));
        assertThat(identity.privileges()).isEmpty();
    }
}
