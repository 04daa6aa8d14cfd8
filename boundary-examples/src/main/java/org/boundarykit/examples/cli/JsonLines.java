package org.boundarykit.examples.cli;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import org.jspecify.annotations.Nullable;
import org.boundarykit.content.RequestId;
import org.boundarykit.content.WireFormat;
import org.boundarykit.content.WireFormatException;

/** The batch loop shared by {@code advise --jsonl} and {@code classify --jsonl}. */
final class JsonLines {
  private JsonLines() {}

  /**
   * One output line: the reply's JSON, or what went wrong (written as an error reply that names
   * the input line).
   */
  record Reply(@Nullable String json, @Nullable RequestId id, @Nullable String error) {

    /** {@return a reply that answers the line} */
    static Reply answer(String json) {
      return new Reply(json, null, null);
    }

    /** {@return a reply that says what went wrong with the line} */
    static Reply failure(@Nullable RequestId id, String error) {
      return new Reply(null, id, error);
    }

    boolean failed() {
      return error != null;
    }

    String render(int line) {
      return error != null ? WireFormat.writeError(id, line, error) : java.util.Objects.requireNonNull(json);
    }
  }

  /** Turns one input line into one output line. */
  interface Handler {
    Reply handle(String line);
  }

  /**
   * Reads one JSON object per line and writes one reply per line, in order, flushed as soon as its
   * input line is read. Blank lines are skipped; a byte-order mark on the first line is dropped; a
   * line that is not valid UTF-8, or that the wire format cannot read, gets an error reply and
   * processing goes on, and so does a line that meets an internal error.
   *
   * @param in the lines, as UTF-8 bytes
   * @param out where the replies go
   * @param handler one line to one reply
   * @return 0 if every line succeeded, 1 otherwise
   * @throws IOException if {@code in} cannot be read
   */
  static int run(InputStream in, PrintWriter out, Handler handler) throws IOException {
    int failed = 0;
    boolean first = true;
    BufferedInputStream bytes = new BufferedInputStream(in);
    ByteArrayOutputStream buffer = new ByteArrayOutputStream();
    int lineNumber = 0;
    while (nextLine(bytes, buffer)) {
      lineNumber++;
      Reply reply;
      byte[] raw = buffer.toByteArray();
      CharBuffer text = CharBuffer.allocate(raw.length);
      ByteBuffer input = ByteBuffer.wrap(raw);
      CoderResult decoded = StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(input, text, true);
      if (decoded.isError()) {
        reply = Reply.failure(null, "$: the line is not valid UTF-8 (at byte " + (input.position() + 1)
            + "); send every line as UTF-8");
      } else {
        String line = text.flip().toString();
        if (first && line.startsWith("\uFEFF")) {
          line = line.substring(1);
        }
        if (line.isBlank()) {
          first = false;
          continue;
        }
        reply = reply(line, handler);
      }
      first = false;
      if (reply.failed()) {
        failed++;
      }
      out.println(reply.render(lineNumber));
      out.flush();
    }
    return failed == 0 ? 0 : 1;
  }

  private static Reply reply(String line, Handler handler) {
    try {
      return handler.handle(line);
    } catch (WireFormatException e) {
      return Reply.failure(e.id().orElse(null), String.valueOf(e.getMessage()));
    } catch (RuntimeException e) {
      // a fault of ours on one line never ends the batch: the later lines, however urgent, are answered
      return Reply.failure(null, "internal error on this line, please report it: " + e);
    }
  }

  /** Reads up to the next line break into {@code buffer} (without it, or a CR before it); false at the end. */
  private static boolean nextLine(InputStream in, ByteArrayOutputStream buffer) throws IOException {
    buffer.reset();
    int b = in.read();
    if (b < 0) {
      return false;
    }
    while (b >= 0 && b != '\n') {
      buffer.write(b);
      b = in.read();
    }
    byte[] line = buffer.toByteArray();
    if (line.length > 0 && line[line.length - 1] == '\r') {
      buffer.reset();
      buffer.write(line, 0, line.length - 1);
    }
    return true;
  }
}
