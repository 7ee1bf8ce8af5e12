package org.newsmerge.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The fields a JSON document is documented to have, read from the shorthand the docs use: {@code
 * {"a", "b": [{"c", "kind": "x|y"}], "d"?}}. A name alone is a field whose value is not described
 * further; {@code ?} marks a field that is there only where it applies; a quoted value lists the
 * strings the field may hold; {@code {...}} is the previous field's object again, {@code [...]} an
 * array not described; {@code //} starts a comment. Fields are named by path: {@code
 * sentences[].spans[].start}.
 */
final class DocSchema {

  /** What the docs say of one field. */
  record Field(boolean optional, boolean open, Set<String> values) {}

  private final Map<String, Field> fields = new TreeMap<>();

  private DocSchema() {}

  /** The documented fields, by path. */
  Map<String, Field> fields() {
    return fields;
  }

  /** Reads the shorthand of a docs block. */
  static DocSchema parse(String block) {
    DocSchema schema = new DocSchema();
    Reader r = new Reader(tokens(block));
    schema.add("", r.value());
    if (r.pos != r.tokens.size()) throw r.error("text after the document");
    return schema;
  }

  /** Every object field of real JSON documents, by path, with the strings found there. */
  static Map<String, Set<String>> paths(JsonNode... docs) {
    Map<String, Set<String>> out = new TreeMap<>();
    for (JsonNode doc : docs) collect(doc, "", out);
    return out;
  }

  /**
   * How the docs and real documents differ: documented fields missing from them, fields they hold
   * that are not documented, and strings not among a field's documented values. Empty when they
   * agree.
   */
  List<String> differences(Map<String, Set<String>> real) {
    List<String> out = new ArrayList<>();
    fields.forEach(
        (path, f) -> {
          if (!f.optional() && !real.containsKey(path))
            out.add(path + ": documented, not in the output");
        });
    for (Map.Entry<String, Set<String>> e : real.entrySet()) {
      String path = e.getKey();
      Field f = fields.get(path);
      if (f == null) {
        int dot = path.lastIndexOf('.');
        String parentPath = dot < 0 ? "" : stripArrays(path.substring(0, dot));
        Field parent = parentPath.isEmpty() ? null : fields.get(parentPath);
        boolean checked = parentPath.isEmpty() || (parent != null && !parent.open());
        if (checked) out.add(path + ": in the output, not documented");
        continue;
      }
      if (!f.values().isEmpty()) {
        Set<String> unknown = new TreeSet<>(e.getValue());
        unknown.removeAll(f.values());
        if (!unknown.isEmpty())
          out.add(path + ": values " + unknown + " not among the documented " + f.values());
      }
    }
    return out;
  }

  private static String stripArrays(String path) {
    String p = path;
    while (p.endsWith("[]")) p = p.substring(0, p.length() - 2);
    return p;
  }

  private static void collect(JsonNode node, String path, Map<String, Set<String>> out) {
    if (node.isObject()) {
      node.fields()
          .forEachRemaining(
              e -> {
                String p = path.isEmpty() ? e.getKey() : path + "." + e.getKey();
                Set<String> values = out.computeIfAbsent(p, k -> new TreeSet<>());
                if (e.getValue().isTextual()) values.add(e.getValue().asText());
                collect(e.getValue(), p, out);
              });
    } else if (node.isArray()) {
      for (JsonNode element : node) collect(element, path + "[]", out);
    }
  }

  // The parsed shorthand: an object's fields, an array's element, a list of strings, or a word
  // (ids, or ... for "not described").
  private sealed interface Node permits Obj, Arr, Strings, Word {}

  private record Obj(Map<String, Member> members) implements Node {}

  private record Member(Node value, boolean optional) {}

  private record Arr(Node element) implements Node {}

  private record Strings(Set<String> values) implements Node {}

  private record Word(String word) implements Node {}

  private void add(String path, Node node) {
    if (node instanceof Obj o) {
      o.members()
          .forEach(
              (name, m) -> {
                String p = path.isEmpty() ? name : path + "." + name;
                Node v = m.value();
                Node inner = v;
                while (inner instanceof Arr a) inner = a.element();
                boolean open =
                    v == null
                        || inner == null
                        || (inner instanceof Word w && w.word().equals("..."));
                Set<String> values = inner instanceof Strings s ? s.values() : Set.of();
                fields.put(p, new Field(m.optional(), open, values));
                if (v != null) add(p, v);
              });
    } else if (node instanceof Arr a && a.element() != null) {
      add(path + "[]", a.element());
    }
  }

  private static List<String> tokens(String block) {
    List<String> out = new ArrayList<>();
    int i = 0;
    while (i < block.length()) {
      char c = block.charAt(i);
      if (Character.isWhitespace(c)) {
        i++;
      } else if (block.startsWith("//", i)) {
        while (i < block.length() && block.charAt(i) != '\n') i++;
      } else if (c == '"') {
        int end = block.indexOf('"', i + 1);
        if (end < 0) throw new IllegalArgumentException("unclosed string at " + i);
        out.add(block.substring(i, end + 1));
        i = end + 1;
      } else if ("{}[],:?".indexOf(c) >= 0) {
        out.add(String.valueOf(c));
        i++;
      } else {
        int start = i;
        while (i < block.length()
            && !Character.isWhitespace(block.charAt(i))
            && "{}[],:?\"".indexOf(block.charAt(i)) < 0) i++;
        out.add(block.substring(start, i));
      }
    }
    return out;
  }

  private static final class Reader {
    final List<String> tokens;
    int pos;

    Reader(List<String> tokens) {
      this.tokens = tokens;
    }

    String peek() {
      return pos < tokens.size() ? tokens.get(pos) : "";
    }

    String next() {
      if (pos >= tokens.size()) throw error("unexpected end");
      return tokens.get(pos++);
    }

    IllegalArgumentException error(String what) {
      return new IllegalArgumentException(what + " at token " + pos + " of " + tokens);
    }

    Node value() {
      String t = next();
      switch (t) {
        case "{":
          return object();
        case "[":
          if (peek().equals("]")) {
            pos++;
            return new Arr(null);
          }
          Node element = value();
          while (peek().equals(",")) {
            pos++;
            value();
          }
          expect("]");
          return new Arr(element);
        default:
          if (t.startsWith("\""))
            return new Strings(
                new LinkedHashSet<>(Arrays.asList(t.substring(1, t.length() - 1).split("\\|"))));
          return new Word(t);
      }
    }

    private Node object() {
      Map<String, Member> members = new LinkedHashMap<>();
      if (peek().equals("...")) {
        pos++;
        expect("}");
        return new Word("...");
      }
      Member previous = null;
      while (!peek().equals("}")) {
        String name = next();
        if (!name.startsWith("\"")) throw error("field name expected, not " + name);
        boolean optional = peek().equals("?");
        if (optional) pos++;
        Node value = null;
        if (peek().equals(":")) {
          pos++;
          value = value();
          // {...}: the same fields as the field before.
          if (value instanceof Word w && w.word().equals("...") && previous != null)
            value = previous.value();
        }
        previous = new Member(value, optional);
        members.put(name.substring(1, name.length() - 1), previous);
        if (peek().equals(",")) pos++;
        else if (!peek().equals("}")) throw error("',' or '}' expected");
      }
      pos++;
      return new Obj(members);
    }

    private void expect(String t) {
      if (!next().equals(t)) throw error("'" + t + "' expected");
    }
  }
}
