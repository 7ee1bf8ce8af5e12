package org.newsmerge.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import picocli.CommandLine;

/** {@code --help} wraps at the terminal's width and shows every description whole. */
class HelpTest {

  private static String help(int width, String... args) {
    StringWriter out = new StringWriter();
    Main.run(args, new PrintWriter(out), new PrintWriter(new StringWriter()), width);
    return out.toString();
  }

  private static String words(String text) {
    return text.replaceAll("\\s+", " ").trim();
  }

  private static final List<Class<?>> COMMANDS =
      List.of(OverlapsCommand.class, MergeCommand.class, BatchCommand.class);

  @ParameterizedTest
  @ValueSource(ints = {60, 80, 120})
  void theCommandListHoldsEveryDescriptionWholeWithinTheWidth(int width) {
    String help = help(width, "--help");
    assertThat(help.lines()).allMatch(l -> l.length() <= width, "fits in " + width + " columns");
    for (Class<?> c : COMMANDS) {
      String description =
          String.join(" ", c.getAnnotation(CommandLine.Command.class).description());
      assertThat(words(help)).contains(words(description));
    }
  }

  @ParameterizedTest
  @ValueSource(ints = {60, 100})
  void aCommandsHelpWrapsItsDescriptionAtTheWidthNotOneWordALine(int width) {
    String help = help(width, "merge", "--help");
    assertThat(help.lines()).allMatch(l -> l.length() <= width, "fits in " + width + " columns");
    assertThat(words(help)).contains("every sentence is a real source sentence, said once");
    // The description's lines hold several words each: nothing wraps one word a line.
    List<String> lines = help.lines().toList();
    int first = 0;
    while (!lines.get(first).startsWith("Merges")) first++;
    for (int i = first; !lines.get(i).startsWith(" "); i++) {
      assertThat(lines.get(i).trim().split(" ").length)
          .as("words on line %d of:%n%s", i, help)
          .isGreaterThan(3);
    }
  }

  @org.junit.jupiter.api.Test
  void columnsComesFromTheEnvironmentWhenItIsANumber() {
    assertThat(Main.columns("120")).isEqualTo(120);
    assertThat(Main.columns("20")).isEqualTo(Main.MIN_WIDTH);
    assertThat(Main.columns(null)).isZero();
    assertThat(Main.columns("wide")).isZero();
  }
}
