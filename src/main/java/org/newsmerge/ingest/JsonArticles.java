package org.newsmerge.ingest;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import org.newsmerge.model.Rejected;

/**
 * Articles from {@code .json} (one object or an array of objects) and {@code .jsonl} (one object a
 * line). The article text is the first non-blank of {@code content}, {@code body}, {@code text},
 * exactly as stored. An object without one is rejected as {@code path#index} and the rest of the
 * file is still read. Thread-safe.
 */
final class JsonArticles {

  private static final List<String> TEXT_FIELDS = List.of("content", "body", "text");
  private static final String NO_TEXT = "no 'content', 'body' or 'text' field";

  // Articles are long strings; the file size limit is the guard, not Jackson's default 20M chars.
  private static final ObjectMapper MAPPER =
      new ObjectMapper(
          JsonFactory.builder()
              .streamReadConstraints(
                  StreamReadConstraints.builder().maxStringLength(Integer.MAX_VALUE).build())
              .build());

  /** A JSONL line is one value: anything after it is an error. */
  private static final ObjectReader LINE_READER =
      MAPPER.reader().with(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

  private JsonArticles() {}

  /** A {@code .json} file; an array is read one element at a time, so it is not held twice. */
  static void readJson(
      String path, String text, String fileSource, Consumer<Draft> drafts, Consumer<Rejected> rej) {
    try (JsonParser parser = MAPPER.createParser(text)) {
      JsonToken token = parser.nextToken();
      if (token == JsonToken.START_OBJECT) {
        emit(path, 0, parser.readValueAsTree(), fileSource, drafts, rej);
      } else if (token == JsonToken.START_ARRAY) {
        int index = 0;
        while ((token = parser.nextToken()) != JsonToken.END_ARRAY && token != null) {
          emit(path, index++, parser.readValueAsTree(), fileSource, drafts, rej);
        }
        if (index == 0 && token == JsonToken.END_ARRAY) {
          rej.accept(new Rejected(path, "empty JSON array, no article in it"));
        }
      } else {
        rej.accept(new Rejected(path, "expected a JSON object or an array of objects"));
        return;
      }
      if (parser.nextToken() != null) {
        rej.accept(new Rejected(path, invalid("content after the end of the JSON value", parser)));
      }
    } catch (JsonProcessingException e) {
      rej.accept(new Rejected(path, invalid(e, -1)));
    } catch (IOException e) {
      rej.accept(new Rejected(path, "cannot read JSON: " + e.getMessage()));
    }
  }

  /** A {@code .jsonl} file: each non-blank line is one object, numbered from 0. */
  static void readJsonLines(
      String path, String text, String fileSource, Consumer<Draft> drafts, Consumer<Rejected> rej) {
    int index = 0;
    int lineNumber = 1;
    for (int pos = 0; pos < text.length(); lineNumber++) {
      int end = Paragraphs.lineEnd(text, pos);
      String line = text.substring(pos, end);
      pos = Paragraphs.nextLine(text, end);
      if (line.isBlank()) continue;
      int current = index++;
      try {
        emit(path, current, LINE_READER.readTree(line), fileSource, drafts, rej);
      } catch (JsonProcessingException e) {
        rej.accept(new Rejected(path + "#" + current, invalid(e, lineNumber)));
      }
    }
  }

  private static void emit(
      String path,
      int index,
      JsonNode node,
      String fileSource,
      Consumer<Draft> drafts,
      Consumer<Rejected> rej) {
    String label = path + "#" + index;
    if (!node.isObject()) {
      String found = node.getNodeType().name().toLowerCase(Locale.ROOT);
      rej.accept(new Rejected(label, "not a JSON object (found " + found + ")"));
      return;
    }
    String text = null;
    for (String field : TEXT_FIELDS) {
      JsonNode value = node.get(field);
      if (value != null && value.isTextual() && hasWord(value.textValue())) {
        text = value.textValue();
        break;
      }
    }
    if (text == null) {
      rej.accept(new Rejected(label, missingText(node)));
      return;
    }
    String date = field(node, "date");
    drafts.accept(
        new Draft(
            path,
            index,
            label,
            text,
            Paragraphs.split(text, 0),
            field(node, "title"),
            field(node, "source"),
            field(node, "url"),
            date.isBlank() ? field(node, "date_extracted") : date,
            field(node, "author"),
            fileSource));
  }

  private static String missingText(JsonNode node) {
    for (String field : TEXT_FIELDS) {
      JsonNode value = node.get(field);
      if (value != null && value.isTextual()) return NO_TEXT + " (blank '" + field + "')";
      if (value != null && !value.isNull()) return NO_TEXT + " ('" + field + "' is not a string)";
    }
    return NO_TEXT;
  }

  /** Blank means no letter or digit: some crawls hold only no-break spaces. */
  private static boolean hasWord(String text) {
    return Paragraphs.hasWord(text, 0, text.length());
  }

  private static String field(JsonNode node, String name) {
    JsonNode value = node.get(name);
    return value != null && value.isValueNode() && !value.isNull() ? value.asText() : "";
  }

  /** Jackson's message with the line and column, or the given line for JSONL. */
  private static String invalid(JsonProcessingException e, int line) {
    JsonLocation at = e.getLocation();
    // Jackson quotes the character it stumbled on, which can be half of a surrogate pair.
    String message = TextRepair.repair(e.getOriginalMessage(), new TextRepair.Count());
    int newline = message.indexOf('\n');
    if (newline >= 0) message = message.substring(0, newline);
    if (at == null) return "invalid JSON: " + message;
    long lineNr = line > 0 ? line : at.getLineNr();
    return "invalid JSON at line " + lineNr + ", column " + at.getColumnNr() + ": " + message;
  }

  private static String invalid(String what, JsonParser parser) {
    JsonLocation at = parser.currentTokenLocation();
    return "invalid JSON at line " + at.getLineNr() + ", column " + at.getColumnNr() + ": " + what;
  }
}
