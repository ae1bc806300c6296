package org.limber.profile;

import java.util.List;
import org.limber.io.StorageException;

/** The profiles. Deleting one removes its routines and sessions with it. */
public interface ProfileStore {

    List<Profile> listProfiles() throws StorageException;

    void saveProfile(Profile profile) throws StorageException;

    void deleteProfile(String id) throws StorageException;
}
