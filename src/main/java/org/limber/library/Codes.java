package org.limber.library;

import java.util.Locale;

/** Enum constants written in files as lower-case words joined by hyphens ({@code LYING_BACK} as {@code lying-back}). */
final class Codes {

    private Codes() {
    }

    static String of(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    static <E extends Enum<E>> E parse(Class<E> type, String code) {
        if (code == null) {
            throw new IllegalArgumentException("missing " + type.getSimpleName());
        }
        try {
            return Enum.valueOf(type, code.toUpperCase(Locale.ROOT).replace('-', '_'));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown " + type.getSimpleName() + " '" + code + "'", e);
        }
    }
}
