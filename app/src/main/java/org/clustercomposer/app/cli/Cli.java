package org.clustercomposer.app.cli;

import java.io.PrintWriter;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The command line. Exit codes: 0 success, 1 the input is invalid (problems were printed),
 * 2 usage error. Never a stack trace: unexpected failures print one line and exit 3.
 */
@Command(name = "cluster-composer", mixinStandardHelpOptions = true, versionProvider = Cli.Version.class,
        description = "Design clusters that stack virtual machines and single-system-image layers.%n"
                + "Without arguments, opens the editor.",
        subcommands = {CommandLine.HelpCommand.class})
public final class Cli implements Runnable {

    public static final int INVALID_INPUT = 1;
    public static final int UNEXPECTED = 3;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "Missing subcommand");
    }

    /** Builds the command line with every subcommand. */
    public static CommandLine commandLine() {
        CommandLine cl = new CommandLine(new Cli());
        // Each subcommand lives in its own class in this package; register it here.
        cl.addSubcommand(new ValidateCommand());
        cl.addSubcommand(new GenerateCommand());
        cl.addSubcommand(new SimulateCommand());
        cl.addSubcommand(new AnalyzeCommand());
        cl.addSubcommand(new MigrationCostCommand());
        cl.addSubcommand(new DrainCommand());
        cl.addSubcommand(new OpenEditorCommand());
        cl.addSubcommand(new ExportCommand());
        cl.addSubcommand(new ImportCommand());
        cl.addSubcommand(new PushCommand());
        cl.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
            commandLine.getErr().println(commandLine.getCommandName() + ": " + describe(ex));
            return UNEXPECTED;
        });
        return cl;
    }

    /** Runs the command line and returns the exit code. */
    public static int run(String... args) {
        return commandLine().execute(args);
    }

    /** Runs with the given output streams (for tests). */
    public static int run(PrintWriter out, PrintWriter err, String... args) {
        CommandLine cl = commandLine();
        cl.setOut(out);
        cl.setErr(err);
        int code = cl.execute(args);
        out.flush();
        err.flush();
        return code;
    }

    static String describe(Throwable ex) {
        String message = ex.getMessage();
        return ex.getClass().getSimpleName() + (message == null ? "" : ": " + message);
    }

    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String v = Cli.class.getPackage().getImplementationVersion();
            return new String[] {"cluster-composer " + (v == null ? "development build" : v)};
        }
    }
}
