package org.newsmerge.cli;

import java.util.ArrayList;
import java.util.List;

/** Just enough of the shell to split a block into command lines and words. */
final class ShellWords {
  private ShellWords() {}

  /**
   * The commands of a script: split at unquoted line ends (a backslash before one continues the
   * line), {@code &&}, {@code ||}, {@code ;} and {@code |}; quotes removed; comments and
   * redirections ({@code > file}, {@code 2>&1}) left out.
   */
  static List<List<String>> commands(String script) {
    List<List<String>> out = new ArrayList<>();
    List<String> words = new ArrayList<>();
    StringBuilder word = null;
    int i = 0;
    while (i < script.length()) {
      char c = script.charAt(i);
      if (c == '\\' && i + 1 < script.length()) {
        if (script.charAt(i + 1) != '\n') word = append(word, script.charAt(i + 1));
        i += 2;
      } else if (c == '\'' || c == '"') {
        int end = script.indexOf(c, i + 1);
        if (end < 0) end = script.length();
        word = append(word, script.substring(i + 1, end));
        i = end + 1;
      } else if (c == '#' && word == null) {
        while (i < script.length() && script.charAt(i) != '\n') i++;
      } else if (c == '\n' || c == ';' || c == '|' || script.startsWith("&&", i)) {
        word = flush(word, words);
        if (!words.isEmpty()) out.add(redirectionsOut(words));
        words = new ArrayList<>();
        i += script.startsWith("&&", i) || script.startsWith("||", i) ? 2 : 1;
      } else if (Character.isWhitespace(c)) {
        word = flush(word, words);
        i++;
      } else {
        word = append(word, String.valueOf(c));
        i++;
      }
    }
    flush(word, words);
    if (!words.isEmpty()) out.add(redirectionsOut(words));
    return out;
  }

  private static StringBuilder append(StringBuilder word, Object s) {
    return (word == null ? new StringBuilder() : word).append(s);
  }

  private static StringBuilder flush(StringBuilder word, List<String> words) {
    if (word != null) words.add(word.toString());
    return null;
  }

  private static List<String> redirectionsOut(List<String> words) {
    List<String> out = new ArrayList<>();
    for (int i = 0; i < words.size(); i++) {
      String w = words.get(i);
      if (w.matches("[0-9]?>>?|<")) i++;
      else if (!w.matches("[0-9]?>>?.+|<.+")) out.add(w);
    }
    return out;
  }
}
