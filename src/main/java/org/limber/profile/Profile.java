package org.limber.profile;

/** A person whose routines and sessions are kept apart: "Me", or one of a physiotherapist's clients. */
public record Profile(String id, String name, String notes) {

    public static final String ME = "me";

    public Profile {
        notes = notes == null ? "" : notes;
    }

    /**
     * The name to show for a profile: the built-in one is "Me" in the language Limber runs in
     * ({@code meName}, from the bundle), whatever name its row stores; a client keeps their name.
     */
    public static String shownName(String id, String stored, String meName) {
        return ME.equals(id) && meName != null ? meName : stored;
    }
}
