package org.limber.safety;

import java.util.List;

/**
 * The signs that call for a doctor before (or instead of) exercise, from the project's source
 * material. Each key names {@code safety.flag.<key>} in the message bundle.
 */
public final class RedFlags {

    public static final List<String> KEYS = List.of("fall", "symptoms", "numbness", "bladder", "weight",
            "persistent", "history");

    private RedFlags() {
    }
}
