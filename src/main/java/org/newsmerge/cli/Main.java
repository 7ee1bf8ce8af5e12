package org.newsmerge.cli;

import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** Entry point: {@code newsmerge <command> ...}. */
@Command(
    name = "newsmerge",
    mixinStandardHelpOptions = true,
    version = "newsmerge 0.1.0",
    description = "Finds reused passages across news articles and merges a story into one brief.",
    subcommands = {
      OverlapsCommand.class,
      MergeCommand.class,
      BatchCommand.class,
      EvaluateCommand.class,
      CommandLine.HelpCommand.class
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      ExitCodes.OK,
      ExitCodes.REJECTED,
      ExitCodes.USAGE,
      ExitCodes.OUTPUT,
      ExitCodes.INTERNAL
    })
public final class Main {

  public static void main(String[] args) {
    PrintWriter out =
        new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), true);
    PrintWriter err =
        new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
    System.exit(run(args, out, err));
  }

  /**
   * Runs a command line with the given streams and returns its exit code. Help is wrapped at the
   * terminal's width: {@code COLUMNS} when the shell exports it, else what the terminal reports,
   * else 80 columns.
   */
  public static int run(String[] args, PrintWriter out, PrintWriter err) {
    return run(args, out, err, columns(System.getenv("COLUMNS")));
  }

  /** Narrowest help picocli lays out (its own minimum). */
  static final int MIN_WIDTH = 55;

  /** The width {@code COLUMNS} gives, or 0 (ask the terminal) when unset or not a number. */
  static int columns(String env) {
    if (env == null || !env.trim().matches("\\d{1,4}")) return 0;
    return Math.max(MIN_WIDTH, Integer.parseInt(env.trim()));
  }

  /** Runs a command line with help wrapped at {@code width} columns (0: the terminal's). */
  static int run(String[] args, PrintWriter out, PrintWriter err, int width) {
    CommandLine cli = new CommandLine(new Main());
    // Set before anything else so that every subcommand's help gets it too.
    if (width > 0) cli.setUsageHelpWidth(width);
    else cli.setUsageHelpAutoWidth(true);
    cli.setUsageHelpLongOptionsMaxWidth(width > 0 && width < 100 ? 20 : 28);
    cli.setOut(out);
    cli.setErr(err);
    cli.setExecutionExceptionHandler(
        (e, commandLine, parseResult) -> {
          commandLine.getErr().println(ExitCodes.line(e));
          commandLine.getErr().flush();
          return ExitCodes.code(e);
        });
    int code;
    try {
      code = args.length == 0 ? usage(cli) : cli.execute(args);
    } catch (OutOfMemoryError e) {
      // Thrown past picocli, which handles exceptions only.
      err.println(ExitCodes.line(e));
      code = ExitCodes.code(e);
    }
    out.flush();
    err.flush();
    return code;
  }

  private static int usage(CommandLine cli) {
    cli.usage(cli.getErr());
    return CommandLine.ExitCode.USAGE;
  }
}
