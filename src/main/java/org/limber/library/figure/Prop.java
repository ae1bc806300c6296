package org.limber.library.figure;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** Something drawn beside the figure: a pillow, a chair, a wall… {@code x} is from the first pose's pelvis. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Prop(Type type, double x, Double y) {

    public enum Type {
        PILLOW(0.30, 0.10), CHAIR(0.40, 0.45), WALL(0.04, 1.9), BLOCK(0.25, 0.15), HEAT_PACK(0.25, 0.06);

        private final double width;
        private final double height;

        Type(double width, double height) {
            this.width = width;
            this.height = height;
        }

        public double width() {
            return width;
        }

        public double height() {
            return height;
        }

        @JsonValue
        public String code() {
            return name().toLowerCase(Locale.ROOT).replace('_', '-');
        }

        @JsonCreator
        public static Type fromCode(String code) {
            return valueOf(code.toUpperCase(Locale.ROOT).replace('-', '_'));
        }
    }
}
