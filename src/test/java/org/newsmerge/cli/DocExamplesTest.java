package org.newsmerge.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.ext.gfm.tables.TableBody;
import org.commonmark.ext.gfm.tables.TableCell;
import org.commonmark.ext.gfm.tables.TableRow;
import org.commonmark.node.Code;
import org.commonmark.node.Node;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsmerge.merge.Unit;
import org.newsmerge.model.Block;
import org.newsmerge.model.DiffChunk;
import org.newsmerge.model.MatchKind;
import picocli.CommandLine;

/**
 * The docs (README.md, BENCHMARKS.md, docs/*.md) hold to the tool: every command line they show
 * parses, the commands and exit code tables name what the CLI has, every block marked {@code <!--
 * checked: ... -->} matches the real output, and every relative link and anchor resolves.
 * docs/development.md says what each check reads.
 */
class DocExamplesTest {

  private static List<DocPages.Page> pages;
  private static List<DocPages.Checked> checked;

  @BeforeAll
  static void readThePages() {
    pages = DocPages.read(Path.of("").toAbsolutePath());
    checked = DocPages.checked(pages);
  }

  private static List<DocPages.Checked> marked(String what) {
    List<DocPages.Checked> out = checked.stream().filter(c -> c.what().equals(what)).toList();
    assertThat(out).as("blocks marked <!-- checked: %s -->", what).isNotEmpty();
    return out;
  }

  @Test
  void everyCheckedCommentNamesACheckThisTestMakes() {
    Set<String> known =
        Set.of(
            "commands",
            "exit codes",
            "excerpt of out/brief.md",
            "excerpt of overlaps seeds",
            "fields of brief.json",
            "fields of overlaps --json",
            "fields of manifest.json",
            "file of overlaps --format pan seeds");
    for (DocPages.Checked c : checked)
      assertThat(known).as("%s: unknown check '%s'", c.where(), c.what()).contains(c.what());
  }

  @Test
  void theReadmeKeepsTheTwoCommandsForAFreshMachine() {
    String first = DocPages.blocks(pages.get(0), "sh").get(0).getLiteral();
    assertThat(first.lines().map(String::strip))
        .anyMatch(
            l ->
                l.startsWith(
                    "mvn -q -DskipTests package && java -jar target/newsmerge.jar merge seeds -o out "))
        .anyMatch(l -> l.startsWith(".ci/run "));
  }

  @Test
  void everyCommandLineShownParses() {
    List<DocPages.Command> commands = DocPages.commands(pages);
    assertThat(commands).hasSizeGreaterThan(10);
    List<String> failures = new ArrayList<>();
    for (DocPages.Command c : commands) {
      try {
        new CommandLine(new Main()).parseArgs(c.args().toArray(String[]::new));
      } catch (CommandLine.ParameterException e) {
        failures.add(c.where() + ": " + e.getMessage());
      }
    }
    assertThat(failures).as("command lines in the docs that newsmerge does not take").isEmpty();
  }

  @Test
  void theCommandsTableNamesEveryCommandAndOnlyOptionsTheyHave() {
    CommandLine root = new CommandLine(new Main());
    Set<String> named = new TreeSet<>();
    List<String> failures = new ArrayList<>();
    for (DocPages.Checked c : marked("commands")) {
      for (Node cell : firstColumn(c)) {
        DocPages.each(
            cell,
            n -> {
              if (!(n instanceof Code code)) return;
              List<String> words = Arrays.asList(code.getLiteral().trim().split("\\s+"));
              CommandLine command = root;
              int i = 0;
              while (i < words.size() && command.getSubcommands().containsKey(words.get(i)))
                command = command.getSubcommands().get(words.get(i++));
              if (command == root) {
                failures.add(c.where() + ": `" + code.getLiteral() + "` names no command");
                return;
              }
              named.add(command.getCommandSpec().qualifiedName(" "));
              for (String w : words.subList(i, words.size())) {
                String option = w.replaceAll("[\\[\\]]", "");
                if (option.matches("--?[A-Za-z][\\w-]*")
                    && command.getCommandSpec().findOption(option) == null)
                  failures.add(c.where() + ": `" + code.getLiteral() + "`: no option " + option);
              }
            });
      }
    }
    assertThat(failures).isEmpty();
    assertThat(named).as("commands the table names").containsAll(leafCommands(root));
  }

  private static List<String> leafCommands(CommandLine command) {
    List<String> out = new ArrayList<>();
    for (CommandLine sub : command.getSubcommands().values()) {
      if (sub.getCommandName().equals("help")) continue;
      if (sub.getSubcommands().isEmpty()) out.add(sub.getCommandSpec().qualifiedName(" "));
      else out.addAll(leafCommands(sub));
    }
    return out;
  }

  @Test
  void theExitCodesAreThoseTheHelpLists() {
    Set<String> help = new TreeSet<>();
    for (String key :
        new CommandLine(new Main()).getCommandSpec().usageMessage().exitCodeList().keySet())
      help.add(key.trim());
    for (DocPages.Checked c : marked("exit codes")) {
      Set<String> documented = new TreeSet<>();
      for (Node cell : firstColumn(c))
        DocPages.each(
            cell,
            n -> {
              if (n instanceof Code code) documented.add(code.getLiteral().trim());
            });
      assertThat(documented).as(c.where()).isEqualTo(help);
    }
  }

  private static List<Node> firstColumn(DocPages.Checked c) {
    assertThat(c.block()).as("%s: a table", c.where()).isInstanceOf(TableBlock.class);
    List<Node> cells = new ArrayList<>();
    DocPages.each(
        c.block(),
        n -> {
          if (n instanceof TableRow row && row.getParent() instanceof TableBody)
            cells.add((TableCell) row.getFirstChild());
        });
    return cells;
  }

  @Test
  void excerptsOfTheBriefAndTheReportAreInTheRealOutput() throws IOException {
    String brief = Files.readString(Path.of("out/brief.md"), StandardCharsets.UTF_8);
    for (DocPages.Checked c : marked("excerpt of out/brief.md")) assertExcerpt(c, brief);
    OverlapsCommandTest.Run report = OverlapsCommandTest.run("overlaps", "seeds");
    assertThat(report.code()).isZero();
    for (DocPages.Checked c : marked("excerpt of overlaps seeds")) assertExcerpt(c, report.out());
  }

  /**
   * Each piece of an excerpt between elisions (a line {@code ...}, or {@code ...} ending a line) is
   * in the output, whitespace aside.
   */
  private static void assertExcerpt(DocPages.Checked c, String output) {
    String real = squeeze(output);
    for (String piece : c.literal().split("(?m)^\\s*\\.\\.\\.\\s*$|\\s\\.\\.\\.$")) {
      String p = squeeze(piece);
      if (!p.isEmpty()) assertThat(real).as("%s: excerpt not in the output", c.where()).contains(p);
    }
  }

  private static String squeeze(String s) {
    return s.replaceAll("\\s+", " ").trim();
  }

  @Test
  void theBriefJsonFieldsAreTheDocumentedOnes(@TempDir Path dir) throws IOException {
    Path bad = Files.writeString(dir.resolve("empty.txt"), "", StandardCharsets.UTF_8);
    Path out = dir.resolve("out");
    OverlapsCommandTest.run(
        "merge", "seeds", bad.toString(), "-o", out.toString(), "--format", "json");
    // Two articles that report one toll differently: a discrepancy across outlets.
    Path cross = dir.resolve("cross");
    OverlapsCommandTest.run(
        "merge",
        "src/test/resources/lead/cross-figure",
        "-o",
        cross.toString(),
        "--format",
        "json");
    ObjectMapper json = new ObjectMapper();
    Map<String, Set<String>> real =
        DocSchema.paths(
            json.readTree(out.resolve("brief.json").toFile()),
            json.readTree(Path.of("out/brief.json").toFile()),
            json.readTree(cross.resolve("brief.json").toFile()));
    for (DocPages.Checked c : marked("fields of brief.json")) {
      DocSchema schema = DocSchema.parse(c.literal());
      assertThat(schema.differences(real)).as(c.where()).isEmpty();
      Set<String> metadata = new TreeSet<>();
      for (Block.Kind k : Block.Kind.values())
        if (k != Block.Kind.NARRATIVE && k != Block.Kind.FRONT_MATTER) // not metadata (BriefJson)
        metadata.add(k.name().toLowerCase(Locale.ROOT));
      assertValues(c, schema, "sources[].metadata[].kind", metadata);
      Set<String> kinds = new TreeSet<>();
      for (Unit.Discrepancy.Kind k : Unit.Discrepancy.Kind.values()) kinds.add(k.label());
      assertValues(c, schema, "conflicts[].kind", kinds);
      assertValues(c, schema, "sentences[].discrepancies[].kind", kinds);
      Set<String> ops = new TreeSet<>();
      for (DiffChunk.Op op : DiffChunk.Op.values())
        if (op != DiffChunk.Op.EQUAL) ops.add(op.label());
      assertValues(c, schema, "sentences[].variants[].diff[].op", ops);
    }
  }

  private static void assertValues(
      DocPages.Checked c, DocSchema schema, String path, Set<String> expected) {
    assertThat(schema.fields()).as("%s: documents %s", c.where(), path).containsKey(path);
    assertThat(new TreeSet<>(schema.fields().get(path).values()))
        .as("%s: the values of %s", c.where(), path)
        .isEqualTo(expected);
  }

  @Test
  void theOverlapsJsonFieldsAreTheDocumentedOnes(@TempDir Path dir) throws IOException {
    Path bad = Files.writeString(dir.resolve("empty.txt"), "", StandardCharsets.UTF_8);
    OverlapsCommandTest.Run r =
        OverlapsCommandTest.run("overlaps", "--json", "seeds", bad.toString());
    Map<String, Set<String>> real = DocSchema.paths(new ObjectMapper().readTree(r.out()));
    for (DocPages.Checked c : marked("fields of overlaps --json")) {
      DocSchema schema = DocSchema.parse(c.literal());
      assertThat(schema.differences(real)).as(c.where()).isEmpty();
      Set<String> kinds = new TreeSet<>();
      for (MatchKind k : MatchKind.values()) kinds.add(k.label());
      assertValues(c, schema, "passages[].kind", kinds);
    }
  }

  @Test
  void theManifestFieldsAreTheDocumentedOnes(@TempDir Path dir) throws IOException {
    Path inputs = Files.createDirectories(dir.resolve("bad"));
    Files.writeString(inputs.resolve("empty.txt"), "", StandardCharsets.UTF_8);
    Path out = dir.resolve("out");
    OverlapsCommandTest.run("batch", "seeds", inputs.toString(), "-o", out.toString(), "-q");
    Map<String, Set<String>> real =
        DocSchema.paths(new ObjectMapper().readTree(out.resolve("manifest.json").toFile()));
    for (DocPages.Checked c : marked("fields of manifest.json"))
      assertThat(DocSchema.parse(c.literal()).differences(real)).as(c.where()).isEmpty();
  }

  @Test
  void thePanXmlShownIsAFileOverlapsWrites(@TempDir Path dir) throws IOException {
    OverlapsCommandTest.Run r =
        OverlapsCommandTest.run("overlaps", "--format", "pan", "-o", dir.toString(), "seeds");
    assertThat(r.code()).isZero();
    List<String> files = new ArrayList<>();
    try (Stream<Path> written = Files.list(dir)) {
      for (Path p : (Iterable<Path>) written::iterator)
        files.add(Files.readString(p, StandardCharsets.UTF_8));
    }
    for (DocPages.Checked c : marked("file of overlaps --format pan seeds"))
      assertThat(files)
          .as("%s: a file overlaps --format pan writes", c.where())
          .contains(c.literal());
  }

  @Test
  void everyRelativeLinkPointsAtAFileAndAnAnchorThatExist() {
    assertThat(DocPages.brokenLinks(pages)).isEmpty();
  }
}
