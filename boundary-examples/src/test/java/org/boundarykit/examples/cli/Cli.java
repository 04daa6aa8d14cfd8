package org.boundarykit.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Runs the tool in-process with standard input from a string and output captured. */
final class Cli {
  private Cli() {}

  static final ObjectMapper JSON = new ObjectMapper();

  record Result(int code, String out, String err) {
    List<String> lines() {
      return out.lines().toList();
    }

    List<JsonNode> json() {
      List<JsonNode> nodes = new ArrayList<>();
      for (String line : lines()) {
        try {
          nodes.add(JSON.readTree(line));
        } catch (IOException e) {
          throw new UncheckedIOException("not a JSON line: " + line, e);
        }
      }
      return nodes;
    }

    /** Asserts that nothing looks like a stack trace. */
    Result noStackTrace() {
      assertThat(out + err).doesNotContain("\tat ").doesNotContain("Exception");
      return this;
    }
  }

  static Result run(String stdin, String... args) {
    return run(stdin, false, args);
  }

  static Result interactive(String stdin, String... args) {
    return run(stdin, true, args);
  }

  private static Result run(String stdin, boolean interactive, String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = BoundaryCli.run(args, new Terminal(new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)),
        new PrintWriter(out), new PrintWriter(err), interactive));
    return new Result(code, out.toString(), err.toString());
  }
}
