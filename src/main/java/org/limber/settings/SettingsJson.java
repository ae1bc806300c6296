package org.limber.settings;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;

/**
 * Settings to and from a JSON tree, field by field. Written by hand rather than by data binding:
 * the settings are read before the first frame, and binding's first use costs about half a
 * second of class loading. A field the file lacks, or holds something unusable in (a word where
 * a number belongs, a theme a newer build added), keeps its default; the other fields are kept,
 * so one odd value never costs the user their onboarding or safety answers.
 */
final class SettingsJson {

    private SettingsJson() {
    }

    static Settings read(JsonNode tree) {
        Settings d = Settings.defaults();
        JsonNode w = tree.get("window");
        Settings.WindowBounds window = w == null || w.isNull() ? d.window()
                : new Settings.WindowBounds(number(w, "x", Double.NaN), number(w, "y", Double.NaN),
                        number(w, "width", 0), number(w, "height", 0), bool(w, "maximized", false));
        return new Settings(window,
                choice(tree, "theme", Settings.Theme.class, d.theme()),
                choice(tree, "textSize", Settings.TextSize.class, d.textSize()),
                bool(tree, "tones", d.tones()),
                bool(tree, "voice", d.voice()),
                (int) number(tree, "volume", d.volume()),
                text(tree, "language", d.language()),
                bool(tree, "onboardingAccepted", d.onboardingAccepted()),
                texts(tree, "redFlags", d.redFlags()),
                texts(tree, "conditions", d.conditions()));
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
        ArrayNode flags = out.putArray("redFlags");
        s.redFlags().forEach(flags::add);
        ArrayNode conditions = out.putArray("conditions");
        s.conditions().forEach(conditions::add);
        return out;
    }

    private static JsonNode field(JsonNode tree, String name) {
        JsonNode node = tree.get(name);
        return node == null || node.isNull() ? null : node;
    }

    private static double number(JsonNode tree, String name, double fallback) {
        JsonNode node = field(tree, name);
        if (node == null) {
            return fallback;
        }
        if (node.isNumber()) {
            return node.asDouble();
        }
        if (node.isTextual()) {
            try {
                return Double.parseDouble(node.asText().strip());
            } catch (NumberFormatException e) {
                return fallback;
            }
        }
        return fallback;
    }

    private static boolean bool(JsonNode tree, String name, boolean fallback) {
        JsonNode node = field(tree, name);
        if (node == null) {
            return fallback;
        }
        if (node.isBoolean()) {
            return node.asBoolean();
        }
        return node.isTextual() && List.of("true", "false").contains(node.asText()) ? Boolean.parseBoolean(node.asText())
                : fallback;
    }

    private static String text(JsonNode tree, String name, String fallback) {
        JsonNode node = field(tree, name);
        if (node == null) {
            return fallback;
        }
        return node.isTextual() ? node.asText() : fallback;
    }

    private static <E extends Enum<E>> E choice(JsonNode tree, String name, Class<E> type, E fallback) {
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

    private static List<String> texts(JsonNode tree, String name, List<String> fallback) {
        JsonNode node = field(tree, name);
        if (node == null) {
            return fallback;
        }
        if (!node.isArray()) {
            return fallback;
        }
        List<String> list = new ArrayList<>();
        for (JsonNode item : node) {
            if (item.isTextual()) {
                list.add(item.asText());
            }
        }
        return list;
    }
}
