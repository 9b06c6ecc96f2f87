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
    /** Stopped by SIGINT or SIGTERM, as shells report it (128 + 2); what was done so far is kept. */
    public static final int CANCELLED = 130;
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
        cl.addSubcommand(new SweepCommand());
        cl.addSubcommand(new SweepMergeCommand());
        cl.addSubcommand(new AnalyzeCommand());
        cl.addSubcommand(new MigrationCostCommand());
        cl.addSubcommand(new CalibrateCommand());
        cl.addSubcommand(new DrainCommand());
        cl.addSubcommand(new OpenEditorCommand());
        cl.addSubcommand(new LessonsCommand());
        cl.addSubcommand(new ExportCommand());
        cl.addSubcommand(new ImportCommand());
        cl.addSubcommand(new PushCommand());
        for (CommandLine sub : cl.getSubcommands().values()) {
            sub.getCommandSpec().usageMessage().exitCodeListHeading("Exit status:%n")
                    .exitCodeList(exitCodes(sub.getCommandName()));
        }
        cl.getCommandSpec().usageMessage().exitCodeListHeading("Exit status:%n").exitCodeList(exitCodes(""));
        cl.setParameterExceptionHandler(Cli::usageError);
        cl.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
            commandLine.getErr().println(commandLine.getCommandName() + ": " + describe(ex));
            return UNEXPECTED;
        });
        return cl;
    }

    /**
     * A bad option or value: the message (and picocli's "did you mean" for a misspelt option), then where the options
     * are described. Not the whole usage, which buried the one line that says what is wrong under forty.
     */
    private static int usageError(CommandLine.ParameterException ex, String[] args) {
        CommandLine at = ex.getCommandLine();
        PrintWriter err = at.getErr();
        err.println(ex.getMessage());
        CommandLine.UnmatchedArgumentException.printSuggestions(ex, err);
        err.println("See '" + at.getCommandSpec().qualifiedName() + " --help' for the options.");
        err.flush();
        return at.getCommandSpec().exitCodeOnInvalidInput();
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

    // What each exit status means for a subcommand, shown by its --help.
    private static java.util.Map<String, String> exitCodes(String command) {
        java.util.Map<String, String> codes = new java.util.LinkedHashMap<>();
        codes.put("0", switch (command) {
            case "validate" -> "every file is valid";
            case "generate" -> "the file was written";
            case "edit" -> "the editor was closed";
            case "export" -> "written";
            case "import" -> "every host read";
            case "push" -> "done (or nothing to do, or --dry-run)";
            case "sweep" -> "every run done and the table written (with --slurm: the job written)";
            case "sweep-merge" -> "every run done; the table is written";
            default -> "done";
        });
        codes.put("1", switch (command) {
            case "validate" -> "a file has a problem (one line each)";
            case "lessons" -> "a lesson file has a problem (one line each)";
            case "calibrate" -> "a run or its inputs file is invalid (one line each, naming the file and field)";
            case "generate" -> "the file could not be written";
            case "migration-cost", "help", "" -> "invalid input";
            case "export" -> "the file is invalid or cannot be exported (one line per problem)";
            case "import" -> "a host could not be read (the others are still written)";
            case "push" -> "the design cannot be pushed, a host cannot be reached, not confirmed, or a step failed "
                    + "(rolled back)";
            case "simulate" -> "the file is invalid or breaks the design rules (numbers not computed), or --out "
                    + "cannot take the results";
            case "sweep" -> "the file or a variant is invalid, a --vary path names no value in the file, --out is"
                    + " not an empty directory, or a run failed (its row is missing; the others are written)";
            case "sweep-merge" -> "DIR is not a sweep, or runs are missing (their rows have no numbers)";
            default -> "the file is invalid or breaks the design rules: numbers not computed";
        });
        codes.put("2", "usage error (a bad option or value)");
        if (command.equals("sweep")) {
            codes.put("130", "cancelled by Ctrl-C or SIGTERM; the runs done so far are in the table");
        }
        if (command.equals("simulate")) {
            codes.put("130", "cancelled by Ctrl-C or SIGTERM; what was simulated is written, marked cancelled");
        }
        codes.put("3", "unexpected failure (one line, no stack trace)");
        return codes;
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
