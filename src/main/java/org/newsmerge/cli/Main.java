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
      "0:every input was read",
      "1:some inputs were rejected (the others were processed)",
      "2:usage error"
    })
public final class Main {

  public static void main(String[] args) {
    PrintWriter out =
        new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), true);
    PrintWriter err =
        new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
    System.exit(run(args, out, err));
  }

  /** Runs a command line with the given streams and returns its exit code. */
  public static int run(String[] args, PrintWriter out, PrintWriter err) {
    CommandLine cli = new CommandLine(new Main());
    cli.setOut(out);
    cli.setErr(err);
    cli.setExecutionExceptionHandler(
        (e, commandLine, parseResult) -> {
          commandLine.getErr().println("newsmerge: " + e);
          commandLine.getErr().flush();
          return 3;
        });
    int code = args.length == 0 ? usage(cli) : cli.execute(args);
    out.flush();
    err.flush();
    return code;
  }

  private static int usage(CommandLine cli) {
    cli.usage(cli.getErr());
    return CommandLine.ExitCode.USAGE;
  }
}
