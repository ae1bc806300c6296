package org.limber.library;

import java.util.List;
import org.limber.io.StorageException;

/** Exercises a physiotherapist wrote. Built-in ones are never stored here. */
public interface CustomExerciseStore {

    List<Exercise> list() throws StorageException;

    void save(Exercise exercise) throws StorageException;

    void delete(String id) throws StorageException;
}
