package dev.memoria.agent.cli;

import dev.memoria.agent.report.Messages;
import dev.memoria.internal.Settings;
import dev.memoria.internal.store.remote.RemoteAdmin;
import picocli.CommandLine.Option;

/**
 * {@code --remote [URL]}, for the commands that can work on the shared store instead of a cache directory. Without a
 * URL it takes the application's setting (memoria.remote, MEMORIA_REMOTE), which keeps a password off the command
 * line, where other users of the machine can read it.
 */
final class RemoteOption {

    @Option(names = "--remote", paramLabel = "<url>", arity = "0..1", fallbackValue = "",
            description = {"Work on the shared store of persist = REMOTE methods",
                    "instead of the cache directory: redis://host:port,",
                    "rediss://..., redis-cluster://host:port,host:port.",
                    "Without a URL: memoria.remote, else MEMORIA_REMOTE."})
    private String url;

    /** Whether the command works on the shared store. */
    boolean given() {
        return url != null;
    }

    /** Connects to the store the option names; a store that cannot be used is a {@code RemoteUnavailableException}. */
    RemoteAdmin connect() {
        return RemoteAdmin.connect(url.isEmpty() ? Settings.remote().orElseThrow(() -> new CliException(
                Messages.noRemoteSetting())) : url);
    }
}
