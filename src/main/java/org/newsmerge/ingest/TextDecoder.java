package org.newsmerge.ingest;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Turns a file's bytes into text, or says why they are not text. Only UTF-8 is accepted, with or
 * without a byte order mark (which is dropped, so offsets refer to the text after it). Pure and
 * thread-safe.
 */
final class TextDecoder {

  /** Share of control characters above which decoded text is taken for binary data. */
  private static final double MAX_CONTROL_SHARE = 0.10;

  /** NUL bytes a text file may hold as damage rather than as a sign of binary data. */
  private static final int MAX_STRAY_NULS = 8;

  /** Share of NUL bytes above which a file is binary even if it has few. */
  private static final double MAX_NUL_SHARE = 0.001;

  private TextDecoder() {}

  /** What decoding gave: text, or the reason the bytes are not text. */
  sealed interface Decoded permits Text, NotText {}

  record Text(String text) implements Decoded {}

  record NotText(String reason) implements Decoded {}

  static Decoded decode(byte[] bytes) {
    if (bytes.length == 0) return new NotText("empty file");
    if (startsWith(bytes, 0xFF, 0xFE) || startsWith(bytes, 0xFE, 0xFF)) {
      return new NotText("UTF-16 text, expected UTF-8");
    }
    // NUL bytes beyond a stray one mean binary data (or UTF-16 without a byte order mark); checked
    // before decoding so that such a file is called binary rather than invalid UTF-8. A stray NUL
    // in text is left to TextRepair, which turns it into a space and says so.
    int nul = 0;
    for (byte b : bytes) {
      if (b == 0) nul++;
    }
    if (nul > MAX_STRAY_NULS && nul > bytes.length * MAX_NUL_SHARE) {
      return new NotText("binary file, not text");
    }
    int bom = startsWith(bytes, 0xEF, 0xBB, 0xBF) ? 3 : 0;
    // The JDK's own decoding into a String is the fast one, but it replaces what is not UTF-8 with
    // U+FFFD rather than saying where. Without a U+FFFD in its result nothing was replaced, so the
    // text is what strict decoding gives; with one (replaced, or in the file) decode strictly.
    String fast = new String(bytes, bom, bytes.length - bom, StandardCharsets.UTF_8);
    if (fast.indexOf('\uFFFD') < 0) return checked(fast);
    CharsetDecoder decoder =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    // The buffer keeps absolute positions, so the error position is the byte offset in the file.
    ByteBuffer in = ByteBuffer.wrap(bytes, bom, bytes.length - bom);
    // UTF-8 never takes fewer bytes than UTF-16 takes chars: the buffer cannot overflow.
    CharBuffer out = CharBuffer.allocate(bytes.length - bom);
    CoderResult result = decoder.decode(in, out, true);
    if (!result.isError()) result = decoder.flush(out);
    if (result.isError()) {
      // Bytes that are neither UTF-8 nor free of NUL are binary data.
      return new NotText(
          nul > 0 ? "binary file, not text" : "invalid UTF-8 at byte " + in.position());
    }
    return checked(out.flip().toString());
  }

  /** Decoded text, unless it is blank or mostly control characters. */
  private static Decoded checked(String text) {
    if (text.isBlank()) return new NotText("empty file");
    if (controlShare(text) > MAX_CONTROL_SHARE) return new NotText("binary file, not text");
    return new Text(text);
  }

  private static boolean startsWith(byte[] bytes, int... prefix) {
    if (bytes.length < prefix.length) return false;
    for (int i = 0; i < prefix.length; i++) {
      if ((bytes[i] & 0xFF) != prefix[i]) return false;
    }
    return true;
  }

  private static double controlShare(String text) {
    int control = 0;
    for (int i = 0; i < text.length(); i++) {
      if (TextRepair.isControl(text.charAt(i))) control++;
    }
    return (double) control / text.length();
  }
}
