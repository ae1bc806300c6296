package org.limber.profile;

/** A person whose routines and sessions are kept apart: "Me", or one of a physiotherapist's clients. */
public record Profile(String id, String name, String notes) {

    public static final String ME = "me";

    public Profile {
        notes = notes == null ? "" : notes;
    }
}
