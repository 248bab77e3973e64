package dev.steward.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.steward.app.ChangeDiff;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Flattens both JSON states to path → value and lists the paths whose values differ. */
public final class JsonChangeDiff implements ChangeDiff {
    /** Loaded on first use so that starting the app does not pay for Jackson before it is needed. */
    private static final class Holder {
        static final ObjectMapper MAPPER = new ObjectMapper();
    }

    @Override
    public List<FieldChange> diff(String beforeJson, String afterJson) {
        Map<String, String> before = flatten(beforeJson);
        Map<String, String> after = flatten(afterJson);
        Set<String> paths = new LinkedHashSet<>(before.keySet());
        paths.addAll(after.keySet());
        List<FieldChange> changes = new ArrayList<>();
        for (String path : paths) {
            String b = before.get(path);
            String a = after.get(path);
            if (b == null ? a != null : !b.equals(a)) changes.add(new FieldChange(path, b, a));
        }
        return changes;
    }

    private Map<String, String> flatten(String json) {
        Map<String, String> out = new LinkedHashMap<>();
        if (json == null) return out;
        try {
            flatten("", Holder.MAPPER.readTree(json), out);
        } catch (JsonProcessingException e) {
            out.put("(unreadable JSON)", json);
        }
        return out;
    }

    private static void flatten(String prefix, JsonNode node, Map<String, String> out) {
        if (node.isObject()) {
            Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
            while (fields.hasNext()) {
                Map.Entry<String, JsonNode> f = fields.next();
                flatten(prefix.isEmpty() ? f.getKey() : prefix + "." + f.getKey(), f.getValue(), out);
            }
        } else if (node.isArray() && node.size() > 0 && node.get(0).isContainerNode()) {
            for (int i = 0; i < node.size(); i++) flatten(prefix + "[" + i + "]", node.get(i), out);
        } else if (!node.isNull()) {
            out.put(prefix, node.isValueNode() ? node.asText() : node.toString());
        }
    }
}
