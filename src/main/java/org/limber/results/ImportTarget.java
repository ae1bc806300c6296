package org.limber.results;

import java.util.Objects;

/** Where an imported file's person goes when they are new here. Later files follow the person id. */
public sealed interface ImportTarget {

    /** Only a person seen before: a new one is refused with {@link ResultsFileException.Kind#NO_CLIENT}. */
    record Known() implements ImportTarget {
    }

    /** An existing client profile. */
    record Existing(String profileId) implements ImportTarget {

        public Existing {
            Objects.requireNonNull(profileId, "profileId");
        }
    }

    /** A client profile made in the same transaction as the import, with this id and name. */
    record NewClient(String profileId, String name) implements ImportTarget {

        public NewClient {
            Objects.requireNonNull(profileId, "profileId");
            Objects.requireNonNull(name, "name");
        }
    }
}
