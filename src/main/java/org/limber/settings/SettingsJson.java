package org.limber.settings;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.limber.clients.AlertThresholds;
import org.limber.safety.SafetyAnswers;

/**
 * Settings to and from a JSON tree, field by field. Read from {@link JsonText}'s plain maps and
 * lists rather than through data binding: the settings are read before the first frame, and
 * binding's first use costs about a quarter of a second of class loading. A field the file lacks, or holds something unusable in (a word where
 * a number belongs, a theme a newer build added), keeps its default; the other fields are kept,
 * so one odd value never costs the user their onboarding or safety answers.
 */
final class SettingsJson {

    private SettingsJson() {
    }

    static Settings read(Map<?, ?> tree) {
        Settings d = Settings.defaults();
        Settings.WindowBounds window = tree.get("window") instanceof Map<?, ?> w
                ? new Settings.WindowBounds(number(w, "x", Double.NaN), number(w, "y", Double.NaN),
                        number(w, "width", 0), number(w, "height", 0), bool(w, "maximized", false))
                : d.window();
        return new Settings(window,
                choice(tree, "theme", Settings.Theme.class, d.theme()),
                choice(tree, "textSize", Settings.TextSize.class, d.textSize()),
                bool(tree, "tones", d.tones()),
                bool(tree, "voice", d.voice()),
                (int) number(tree, "volume", d.volume()),
                text(tree, "language", d.language()),
                bool(tree, "onboardingAccepted", d.onboardingAccepted()),
                choice(tree, "usedBy", Settings.UsedBy.class, d.usedBy()),
                legacySafety(tree),
                alerts(tree.get("alerts"), d.alerts()),
                tree.get("practice") instanceof Map<?, ?> p
                        ? new Settings.Practice(text(p, "name", ""), text(p, "phone", "")) : d.practice());
    }

    static ObjectNode write(Settings s) {
        ObjectNode out = JsonNodeFactory.instance.objectNode();
        if (s.window() == null) {
            out.putNull("window");
        } else {
            ObjectNode w = out.putObject("window");
            w.put("x", s.window().x());
            w.put("y", s.window().y());
            w.put("width", s.window().width());
            w.put("height", s.window().height());
            w.put("maximized", s.window().maximized());
        }
        out.put("theme", s.theme().name());
        out.put("textSize", s.textSize().name());
        out.put("tones", s.tones());
        out.put("voice", s.voice());
        out.put("volume", s.volume());
        out.put("language", s.language());
        out.put("onboardingAccepted", s.onboardingAccepted());
        out.put("usedBy", s.usedBy() == null ? null : s.usedBy().name());
        if (s.legacySafety() != null) {
            // kept as an earlier version wrote them until they have moved to the profile "Me"
            ArrayNode flags = out.putArray("redFlags");
            s.legacySafety().redFlags().forEach(flags::add);
            ArrayNode conditions = out.putArray("conditions");
            s.legacySafety().conditions().forEach(conditions::add);
            out.put("safetyCheck", s.legacySafety().version());
        }
        ObjectNode alerts = out.putObject("alerts");
        alerts.put("painHigh", s.alerts().painHigh());
        alerts.put("painRise", s.alerts().painRise());
        alerts.put("missedDays", s.alerts().missedDays());
        alerts.put("repeats", s.alerts().repeats());
        ObjectNode practice = out.putObject("practice");
        practice.put("name", s.practice().name());
        practice.put("phone", s.practice().phone());
        return out;
    }

    /**
     * The one set of safety answers that versions before per-profile answers wrote here; null when
     * the file holds none (a new file, or they have moved to the profile "Me").
     */
    private static SafetyAnswers legacySafety(Map<?, ?> tree) {
        if (!tree.containsKey("redFlags") && !tree.containsKey("conditions") && !tree.containsKey("safetyCheck")) {
            return null;
        }
        SafetyAnswers answers = new SafetyAnswers(texts(tree, "redFlags", List.of()), texts(tree, "conditions", List.of()),
                (int) number(tree, "safetyCheck", 0));
        return answers.equals(SafetyAnswers.NOT_ASKED) ? null : answers;
    }

    /** Each threshold the file lacks keeps its default. */
    private static AlertThresholds alerts(Object value, AlertThresholds d) {
        if (!(value instanceof Map<?, ?> a)) {
            return d;
        }
        return new AlertThresholds((int) number(a, "painHigh", d.painHigh()), (int) number(a, "painRise", d.painRise()),
                (int) number(a, "missedDays", d.missedDays()), (int) number(a, "repeats", d.repeats()));
    }

    private static double number(Map<?, ?> tree, String name, double fallback) {
        Object value = tree.get(name);
        if (value instanceof Number n) {
            return n.doubleValue();
        }
        if (value instanceof String text) {
            try {
                return Double.parseDouble(text.strip());
            } catch (NumberFormatException e) {
                return fallback;
            }
        }
        return fallback;
    }

    private static boolean bool(Map<?, ?> tree, String name, boolean fallback) {
        Object value = tree.get(name);
        if (value instanceof Boolean b) {
            return b;
        }
        if ("true".equals(value) || "false".equals(value)) {
            return Boolean.parseBoolean((String) value);
        }
        return fallback;
    }

    private static String text(Map<?, ?> tree, String name, String fallback) {
        return tree.get(name) instanceof String text ? text : fallback;
    }

    private static <E extends Enum<E>> E choice(Map<?, ?> tree, String name, Class<E> type, E fallback) {
        String value = text(tree, name, null);
        if (value == null) {
            return fallback;
        }
        try {
            return Enum.valueOf(type, value);
        } catch (IllegalArgumentException e) {
            return fallback;
        }
    }

    private static List<String> texts(Map<?, ?> tree, String name, List<String> fallback) {
        if (!(tree.get(name) instanceof List<?> items)) {
            return fallback;
        }
        List<String> list = new ArrayList<>();
        for (Object item : items) {
            if (item instanceof String text) {
                list.add(text);
            }
        }
        return list;
    }
}
