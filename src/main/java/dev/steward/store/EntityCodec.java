package dev.steward.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import dev.steward.app.EntityKind;

/**
 * Domain records to and from JSON, the form kept in the register and in the change log.
 * Jackson writes record components in declaration order, so the same record always gives the
 * same text, which the hash chain relies on.
 */
public final class EntityCodec {
    /** Loaded on first use: counting and verifying a register need no JSON mapping at all. */
    private static final class Holder {
        static final ObjectMapper MAPPER = createMapper();
    }

    public static ObjectMapper createMapper() {
        return new ObjectMapper()
                .registerModule(new JavaTimeModule())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .disable(SerializationFeature.WRITE_DURATIONS_AS_TIMESTAMPS)
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    }

    public String encode(Object entity) {
        if (entity == null) return null;
        try {
            return Holder.MAPPER.writeValueAsString(entity);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write " + entity.getClass().getSimpleName() + " as JSON", e);
        }
    }

    public <T> T decode(EntityKind<?> kind, Class<T> type, String id, String json) {
        try {
            return Holder.MAPPER.readValue(json, type);
        } catch (JsonProcessingException | IllegalArgumentException e) {
            throw new IllegalStateException("the stored " + kind.name() + " " + id + " cannot be read: "
                    + rootMessage(e), e);
        }
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null) t = t.getCause();
        return t.getMessage();
    }
}
