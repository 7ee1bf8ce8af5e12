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
    // NUL never occurs in text; checked before decoding so that a binary file is called binary
    // rather than invalid UTF-8.
    for (byte b : bytes) {
      if (b == 0) return new NotText("binary file, not text");
    }
    int bom = startsWith(bytes, 0xEF, 0xBB, 0xBF) ? 3 : 0;
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
    if (result.isError()) return new NotText("invalid UTF-8 at byte " + in.position());
    result = decoder.flush(out);
    if (result.isError()) return new NotText("invalid UTF-8 at byte " + in.position());
    String text = out.flip().toString();
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
      char c = text.charAt(i);
      boolean layout = c == '\t' || c == '\n' || c == '\r' || c == '\f';
      if ((c < 0x20 && !layout) || (c >= 0x7F && c <= 0x9F)) control++;
    }
    return (double) control / text.length();
  }
}
