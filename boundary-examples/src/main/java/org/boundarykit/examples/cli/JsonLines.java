package org.boundarykit.examples.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import org.boundarykit.content.WireFormat;
import org.boundarykit.content.WireFormatException;

/** The batch loop shared by {@code advise --jsonl} and {@code classify --jsonl}. */
final class JsonLines {
  private JsonLines() {}

  /** One output line, and whether it reports a failure. */
  record Reply(String json, boolean failed) {}

  /** Turns one input line into one output line. */
  interface Handler {
    Reply handle(String line);
  }

  /**
   * Reads one JSON object per line and writes one reply per line, in order, flushed as soon as its
   * input line is read. Blank lines are skipped; a byte-order mark on the first line is dropped; a
   * line the wire format cannot read gets an error reply and processing goes on, and so does a line
   * that meets an internal error.
   *
   * @return 0 if every line succeeded, 1 otherwise
   */
  static int run(BufferedReader in, PrintWriter out, Handler handler) throws IOException {
    int failed = 0;
    String line;
    boolean first = true;
    while ((line = in.readLine()) != null) {
      if (first && line.startsWith("\uFEFF")) {
        line = line.substring(1);
      }
      first = false;
      if (line.isBlank()) {
        continue;
      }
      Reply reply;
      try {
        reply = handler.handle(line);
      } catch (WireFormatException e) {
        reply = new Reply(WireFormat.writeError(e.id().orElse(null), String.valueOf(e.getMessage())), true);
      } catch (RuntimeException e) {
        // a fault of ours on one line never ends the batch: the later lines, however urgent, are answered
        reply = new Reply(WireFormat.writeError(null, "internal error on this line, please report it: " + e), true);
      }
      if (reply.failed()) {
        failed++;
      }
      out.println(reply.json());
      out.flush();
    }
    return failed == 0 ? 0 : 1;
  }
}
