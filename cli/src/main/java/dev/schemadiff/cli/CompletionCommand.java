package dev.schemadiff.cli;

import java.util.concurrent.Callable;
import picocli.AutoComplete;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code schemadiff completion}: a bash and zsh completion script for every command and option. */
@Command(name = "completion", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        description = "Prints a completion script for bash and zsh (zsh: run 'autoload -U +X bashcompinit &&"
                + " bashcompinit' first). It completes commands, options and their fixed values.",
        footerHeading = "%nExamples:%n",
        footer = {"  source <(schemadiff completion)       # in this shell; in every new one:",
                "  schemadiff completion > ~/.local/share/bash-completion/completions/schemadiff"})
final class CompletionCommand implements Callable<Integer> {
    @ParentCommand
    private Main main;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() {
        // Generated from the live command tree, so it always matches this version's options.
        main.console().result(AutoComplete.bash(spec.root().name(), spec.root().commandLine()));
        return Main.SUCCESS;
    }
}
