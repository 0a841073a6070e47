package io.sharehub.jpa.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.sharehub.Ids;
import io.sharehub.access.AccessRule;
import io.sharehub.access.Visibility;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The JSON the stores keep in text columns: a material's tags, categories and attributes, and
 * visibilities and access rules as they were given. Columns the SQL filters on (categories, tag
 * keys, tokens, audiences) are kept in tables of their own; these copies give the values back
 * exactly, in their order.
 */
public final class Json {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private Json() {
    }

    /** @return the strings as a JSON array, in order */
    public static String strings(Collection<String> values) {
        ArrayNode array = MAPPER.createArrayNode();
        values.forEach(array::add);
        return write(array);
    }

    /** @return the strings of a JSON array, in order */
    public static List<String> strings(String json) {
        List<String> values = new ArrayList<>();
        read(json).forEach(node -> values.add(node.asText()));
        return values;
    }

    /** @return the map as a JSON object, keys in code point order */
    public static String map(Map<String, String> values) {
        ObjectNode object = MAPPER.createObjectNode();
        Map<String, String> sorted = new TreeMap<>(Ids.ORDER);
        sorted.putAll(values);
        sorted.forEach(object::put);
        return write(object);
    }

    /** @return the map of a JSON object */
    public static Map<String, String> map(String json) {
        Map<String, String> values = new HashMap<>();
        Iterator<Map.Entry<String, JsonNode>> fields = read(json).fields();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> field = fields.next();
            values.put(field.getKey(), field.getValue().asText());
        }
        return values;
    }

    /** @return a visibility as JSON, or {@code null} */
    public static String visibility(Visibility visibility) {
        return visibility == null ? null : write(visibilityNode(visibility));
    }

    /** @return the visibility of its JSON, or {@code null} */
    public static Visibility visibility(String json) {
        return json == null ? null : visibility(read(json));
    }

    /** @return an access rule as JSON */
    public static String rule(AccessRule rule) {
        ObjectNode object = MAPPER.createObjectNode();
        object.put("membersOnly", rule.membersOnly());
        ArrayNode audiences = object.putArray("audiences");
        rule.audiences().forEach(a -> audiences.add(visibilityNode(a)));
        return write(object);
    }

    /** @return the access rule of its JSON */
    public static AccessRule rule(String json) {
        JsonNode node = read(json);
        List<Visibility> audiences = new ArrayList<>();
        node.get("audiences").forEach(a -> audiences.add(visibility(a)));
        return new AccessRule(node.get("membersOnly").asBoolean(), audiences);
    }

    private static ObjectNode visibilityNode(Visibility visibility) {
        ObjectNode object = MAPPER.createObjectNode();
        object.put("level", visibility.level().name());
        ArrayNode groups = object.putArray("groups");
        sorted(visibility.groups()).forEach(groups::add);
        ArrayNode people = object.putArray("people");
        sorted(visibility.people()).forEach(people::add);
        return object;
    }

    private static Visibility visibility(JsonNode node) {
        Set<String> groups = new TreeSet<>(Ids.ORDER);
        node.get("groups").forEach(g -> groups.add(g.asText()));
        Set<String> people = new TreeSet<>(Ids.ORDER);
        node.get("people").forEach(p -> people.add(p.asText()));
        return new Visibility(Visibility.Level.valueOf(node.get("level").asText()), groups, people);
    }

    private static Set<String> sorted(Set<String> values) {
        Set<String> sorted = new TreeSet<>(Ids.ORDER);
        sorted.addAll(values);
        return sorted;
    }

    private static String write(JsonNode node) {
        try {
            return MAPPER.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("could not write JSON", e);
        }
    }

    private static JsonNode read(String json) {
        try {
            return MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a ShareHub JSON column holds something that is not JSON: " + json, e);
        }
    }
}
