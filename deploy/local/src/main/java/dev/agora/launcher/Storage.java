package dev.agora.launcher;

import java.util.List;

/**
 * Where the services that keep data keep it: in H2 files under the home's data folder (the default: nothing to
 * install), or each in a database of its own on a PostgreSQL server ({@code ./agora up --postgres}).
 */
public sealed interface Storage permits Storage.H2Files, PostgresServer {

    /** H2 in PostgreSQL mode, a folder per service under {@link Home#data()}. */
    Storage H2 = new H2Files();

    /** What an instance of {@code service}, which keeps data, is started with when {@code instances} of it run. */
    List<String> argumentsOf(Service service, int instances);

    /** The Spring profiles that select it, besides the usual ones. */
    List<String> profiles();

    /** Makes ready what the services that keep data will open, before they start; a {@link LaunchFailure} if it cannot. */
    void prepare();

    /** The files: nothing to prepare, each service creates its own under the data folder. */
    record H2Files() implements Storage {

        @Override
        public List<String> argumentsOf(Service service, int instances) {
            // Instances of one service share its database: the first serves the file to the others (ADR 0013).
            return instances > 1 ? List.of("--agora.data-shared=TRUE") : List.of();
        }

        @Override
        public List<String> profiles() {
            return List.of();
        }

        @Override
        public void prepare() {}
    }
}
