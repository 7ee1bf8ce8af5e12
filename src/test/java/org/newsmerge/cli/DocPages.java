package org.newsmerge.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.Code;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.Text;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;

/**
 * The project's Markdown pages (README.md, BENCHMARKS.md, docs/*.md and the eval set's README),
 * parsed as GitHub reads them: their fenced blocks, the blocks a {@code <!-- checked: ... -->}
 * comment marks, the newsmerge command lines they show, their links and their anchors.
 */
final class DocPages {

  /** One page and its syntax tree. */
  record Page(Path path, Node document) {
    String where(Node node) {
      var spans = node.getSourceSpans();
      return path + (spans.isEmpty() ? "" : ":" + (spans.get(0).getLineIndex() + 1));
    }
  }

  /** A block marked {@code <!-- checked: what -->}: a fenced block or a table. */
  record Checked(Page page, String what, Node block) {
    String where() {
      return page.where(block);
    }

    String literal() {
      return block instanceof FencedCodeBlock f ? f.getLiteral() : "";
    }
  }

  /** A newsmerge command line shown in a page: the arguments after the jar or the name. */
  record Command(String where, List<String> args) {}

  private static final Parser PARSER =
      Parser.builder()
          .extensions(List.of(TablesExtension.create()))
          .includeSourceSpans(IncludeSourceSpans.BLOCKS)
          .build();

  private static final Pattern CHECKED = Pattern.compile("<!--\\s*checked:\\s*(.*?)\\s*-->");
  private static final Pattern ID = Pattern.compile("\\b(?:id|name)=\"([^\"]+)\"");
  private static final Pattern SCHEME = Pattern.compile("^[a-zA-Z][a-zA-Z0-9+.-]*:|^//");

  private DocPages() {}

  /** The pages under the project root {@code root}. */
  static List<Page> read(Path root) {
    List<Path> paths = new ArrayList<>();
    paths.add(root.resolve("README.md"));
    paths.add(root.resolve("BENCHMARKS.md"));
    try (Stream<Path> docs = Files.list(root.resolve("docs"))) {
      docs.filter(p -> p.toString().endsWith(".md")).sorted().forEach(paths::add);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    paths.add(root.resolve("src/test/resources/eval/README.md"));
    return paths.stream().map(DocPages::parse).toList();
  }

  static Page parse(Path path) {
    try {
      return new Page(path, PARSER.parse(Files.readString(path, StandardCharsets.UTF_8)));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Every node of a page, depth first. */
  static void each(Node node, Consumer<Node> action) {
    for (Node n = node.getFirstChild(); n != null; n = n.getNext()) {
      action.accept(n);
      each(n, action);
    }
  }

  /** The blocks of the pages that a checked comment marks, each with what it is checked against. */
  static List<Checked> checked(List<Page> pages) {
    List<Checked> out = new ArrayList<>();
    for (Page page : pages) {
      each(
          page.document(),
          n -> {
            if (!(n instanceof HtmlBlock h)) return;
            Matcher m = CHECKED.matcher(h.getLiteral());
            if (!m.find()) return;
            if (h.getNext() == null)
              throw new AssertionError(page.where(h) + ": nothing follows the checked comment");
            out.add(new Checked(page, m.group(1), h.getNext()));
          });
    }
    return out;
  }

  /** The fenced blocks of a page whose info string is {@code lang}. */
  static List<FencedCodeBlock> blocks(Page page, String lang) {
    List<FencedCodeBlock> out = new ArrayList<>();
    each(
        page.document(),
        n -> {
          if (n instanceof FencedCodeBlock f && f.getInfo().trim().equals(lang)) out.add(f);
        });
    return out;
  }

  /**
   * The newsmerge command lines of the pages: in {@code sh} blocks, each command run by {@code java
   * ... -jar target/newsmerge.jar} or named {@code newsmerge}; written inline as code, each that
   * begins {@code java -jar target/newsmerge.jar}.
   */
  static List<Command> commands(List<Page> pages) {
    List<Command> out = new ArrayList<>();
    for (Page page : pages) {
      for (FencedCodeBlock block : blocks(page, "sh")) {
        for (List<String> words : ShellWords.commands(block.getLiteral())) {
          List<String> args = newsmergeArgs(words);
          if (args != null) out.add(new Command(page.where(block) + ": " + words, args));
        }
      }
      each(
          page.document(),
          n -> {
            if (n instanceof Code c
                && c.getLiteral().startsWith("java -jar target/newsmerge.jar ")) {
              for (List<String> words : ShellWords.commands(c.getLiteral())) {
                List<String> args = newsmergeArgs(words);
                if (args != null)
                  out.add(new Command(page.path() + ": `" + c.getLiteral() + "`", args));
              }
            }
          });
    }
    return out;
  }

  /** The arguments of a newsmerge command line, or null when the line runs something else. */
  static List<String> newsmergeArgs(List<String> words) {
    int i = 0;
    while (i < words.size() && words.get(i).matches("[A-Za-z_][A-Za-z0-9_]*=.*")) i++;
    if (i >= words.size()) return null;
    if (words.get(i).equals("newsmerge")) return words.subList(i + 1, words.size());
    if (!words.get(i).equals("java")) return null;
    int jar = words.indexOf("-jar");
    if (jar < 0 || jar + 1 >= words.size() || !words.get(jar + 1).endsWith("newsmerge.jar"))
      return null;
    return words.subList(jar + 2, words.size());
  }

  /**
   * The anchors of a page as GitHub makes them: one per heading (its text lower-cased, spaces to
   * hyphens, other punctuation dropped; a repeated one numbered {@code -1}, {@code -2} ...), and
   * every {@code id} or {@code name} of its HTML.
   */
  static Set<String> anchors(Page page) {
    Set<String> out = new LinkedHashSet<>();
    Map<String, Integer> seen = new HashMap<>();
    each(
        page.document(),
        n -> {
          if (n instanceof Heading h) {
            String slug = slug(text(h));
            int count = seen.merge(slug, 1, Integer::sum);
            out.add(count == 1 ? slug : slug + "-" + (count - 1));
          } else if (n instanceof HtmlInline || n instanceof HtmlBlock) {
            String html = n instanceof HtmlInline i ? i.getLiteral() : ((HtmlBlock) n).getLiteral();
            Matcher m = ID.matcher(html);
            while (m.find()) out.add(m.group(1));
          }
        });
    return out;
  }

  static String slug(String heading) {
    StringBuilder b = new StringBuilder();
    heading
        .toLowerCase(Locale.ROOT)
        .codePoints()
        .forEach(
            cp -> {
              int type = Character.getType(cp);
              if (cp == ' ') b.append('-');
              else if (cp == '-'
                  || cp == '_'
                  || Character.isLetterOrDigit(cp)
                  || type == Character.NON_SPACING_MARK
                  || type == Character.COMBINING_SPACING_MARK
                  || type == Character.ENCLOSING_MARK) b.appendCodePoint(cp);
            });
    return b.toString();
  }

  private static String text(Node node) {
    StringBuilder b = new StringBuilder();
    each(
        node,
        n -> {
          if (n instanceof Text t) b.append(t.getLiteral());
          else if (n instanceof Code c) b.append(c.getLiteral());
        });
    return b.toString();
  }

  /** Links and images of the pages whose target file or anchor does not exist. */
  static List<String> brokenLinks(List<Page> pages) {
    Map<Path, Set<String>> anchorsOf = new HashMap<>();
    List<String> out = new ArrayList<>();
    for (Page page : pages) {
      each(
          page.document(),
          n -> {
            String dest =
                n instanceof Link l
                    ? l.getDestination()
                    : n instanceof Image i ? i.getDestination() : null;
            if (dest == null || SCHEME.matcher(dest).find()) return;
            int hash = dest.indexOf('#');
            String file = hash < 0 ? dest : dest.substring(0, hash);
            Path target =
                file.isEmpty() ? page.path() : page.path().getParent().resolve(file).normalize();
            if (!Files.exists(target)) {
              out.add(page.path() + ": link to " + dest + ": no file " + target);
            } else if (hash >= 0) {
              String anchor = dest.substring(hash + 1);
              Set<String> anchors =
                  anchorsOf.computeIfAbsent(
                      target, t -> anchors(t.equals(page.path()) ? page : parse(t)));
              if (!anchors.contains(anchor))
                out.add(
                    page.path()
                        + ": link to "
                        + dest
                        + ": no anchor #"
                        + anchor
                        + " in "
                        + anchors);
            }
          });
    }
    return out;
  }
}
