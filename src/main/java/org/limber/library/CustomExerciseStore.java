package org.limber.library;

import java.util.List;
import org.limber.io.StorageException;

/** Exercises a physiotherapist wrote. Built-in ones are never stored here. */
public interface CustomExerciseStore {

    List<Exercise> listExercises() throws StorageException;

    void saveExercise(Exercise exercise) throws StorageException;

    void deleteExercise(String id) throws StorageException;

    /** The names of the saved routines (of every profile) with a step of this exercise, sorted. */
    List<String> routinesUsing(String exerciseId) throws StorageException;
}
