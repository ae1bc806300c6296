package org.limber.library.figure;

import com.fasterxml.jackson.annotation.JsonProperty;

/** A pose held for {@code holdSeconds}, then tweened to the next over {@code moveSeconds}. */
public record KeyPose(double holdSeconds, double moveSeconds, @JsonProperty("joints") Pose pose) {
}
