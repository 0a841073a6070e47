package io.sharehub.fission;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A share graph ready to draw: nodes and links that ECharts' {@code graph} series takes as
 * {@code data} and {@code links}, or one nested tree per root for its {@code tree} series.
 *
 * @param campaignId the campaign
 * @param nodes the exported nodes, breadth first from the roots
 * @param truncated whether limits left nodes out
 */
public record GraphExport(String campaignId, List<NodeSummary> nodes, boolean truncated) {
    /** Copies the nodes. */
    public GraphExport {
        nodes = List.copyOf(nodes);
    }

    /**
     * The ECharts graph form:
     * {@code {"categories":[{"name":"depth 0"}…],"nodes":[{"id","name","value","category",
     * "symbolSize","reversed"}…],"links":[{"source","target"}…],"truncated":false}}. Node
     * {@code value} is the node's points; {@code category} its depth.
     *
     * @return the JSON text
     */
    public String toEChartsGraphJson() {
        StringBuilder json = new StringBuilder(64 + nodes.size() * 96);
        int maxDepth = nodes.stream().mapToInt(n -> n.node().depth()).max().orElse(-1);
        json.append("{\"campaign\":");
        Json.string(json, campaignId);
        json.append(",\"categories\":[");
        for (int d = 0; d <= maxDepth; d++) {
            json.append(d == 0 ? "" : ",").append("{\"name\":\"depth ").append(d).append("\"}");
        }
        json.append("],\"nodes\":[");
        boolean first = true;
        for (NodeSummary n : nodes) {
            json.append(first ? "" : ",");
            first = false;
            json.append("{\"id\":");
            Json.string(json, n.node().personId());
            json.append(",\"name\":");
            Json.string(json, n.node().personId());
            json.append(",\"value\":").append(n.points())
                    .append(",\"category\":").append(n.node().depth())
                    .append(",\"symbolSize\":").append(symbolSize(n))
                    .append(",\"invites\":").append(n.directInvites())
                    .append(",\"descendants\":").append(n.descendants())
                    .append(",\"entry\":\"").append(n.node().entryChannel()).append('"')
                    .append(",\"reversed\":").append(n.node().reversed()).append('}');
        }
        json.append("],\"links\":[");
        first = true;
        Map<String, Boolean> present = new HashMap<>();
        nodes.forEach(n -> present.put(n.node().personId(), true));
        for (NodeSummary n : nodes) {
            String parent = n.node().parentId();
            if (parent == null || !present.containsKey(parent)) {
                continue;
            }
            json.append(first ? "" : ",");
            first = false;
            json.append("{\"source\":");
            Json.string(json, parent);
            json.append(",\"target\":");
            Json.string(json, n.node().personId());
            json.append('}');
        }
        json.append("],\"truncated\":").append(truncated).append('}');
        return json.toString();
    }

    /**
     * The ECharts tree form: an array with one {@code {"name","value","children":[…]}} per root
     * (or per exported node whose parent was left out).
     *
     * @return the JSON text
     */
    public String toEChartsTreeJson() {
        Map<String, List<NodeSummary>> children = new HashMap<>();
        Map<String, Boolean> present = new HashMap<>();
        nodes.forEach(n -> present.put(n.node().personId(), true));
        List<NodeSummary> tops = new ArrayList<>();
        for (NodeSummary n : nodes) {
            String parent = n.node().parentId();
            if (parent == null || !present.containsKey(parent)) {
                tops.add(n);
            } else {
                children.computeIfAbsent(parent, k -> new ArrayList<>()).add(n);
            }
        }
        StringBuilder json = new StringBuilder(64 + nodes.size() * 64);
        json.append('[');
        for (int i = 0; i < tops.size(); i++) {
            json.append(i == 0 ? "" : ",");
            tree(json, tops.get(i), children);
        }
        return json.append(']').toString();
    }

    private static void tree(StringBuilder json, NodeSummary top, Map<String, List<NodeSummary>> children) {
        // iterative, so that deep cascades cannot overflow the stack
        record Frame(NodeSummary node, int next) {
        }
        List<Frame> stack = new ArrayList<>();
        open(json, top);
        stack.add(new Frame(top, 0));
        while (!stack.isEmpty()) {
            Frame frame = stack.remove(stack.size() - 1);
            List<NodeSummary> kids = children.getOrDefault(frame.node().node().personId(), List.of());
            if (frame.next() < kids.size()) {
                stack.add(new Frame(frame.node(), frame.next() + 1));
                json.append(frame.next() == 0 ? "" : ",");
                NodeSummary kid = kids.get(frame.next());
                open(json, kid);
                stack.add(new Frame(kid, 0));
            } else {
                json.append("]}");
            }
        }
    }

    private static void open(StringBuilder json, NodeSummary n) {
        json.append("{\"name\":");
        Json.string(json, n.node().personId());
        json.append(",\"value\":").append(n.points()).append(",\"children\":[");
    }

    private static int symbolSize(NodeSummary n) {
        return (int) Math.min(60, 10 + 4 * Math.sqrt(n.descendants()));
    }

    /** Minimal JSON string escaping, so the core needs no JSON library. */
    static final class Json {
        private Json() {
        }

        static void string(StringBuilder out, String s) {
            out.append('"');
            for (int i = 0; i < s.length(); i++) {
                char c = s.charAt(i);
                switch (c) {
                    case '"' -> out.append("\\\"");
                    case '\\' -> out.append("\\\\");
                    case '\n' -> out.append("\\n");
                    case '\r' -> out.append("\\r");
                    case '\t' -> out.append("\\t");
                    case '<' -> out.append("\\u003c");
                    default -> {
                        if (c < 0x20 || c == '\u2028' || c == '\u2029') {
                            out.append(String.format("\\u%04x", (int) c));
                        } else {
                            out.append(c);
                        }
                    }
                }
            }
            out.append('"');
        }
    }
}
