package org.boundarykit.examples.cli;

import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

/**
 * Where the tool reads and writes, and whether a person is typing at a terminal.
 *
 * @param in standard input
 * @param out standard output
 * @param err standard error
 * @param interactive whether standard input is a terminal
 */
record Terminal(InputStream in, PrintWriter out, PrintWriter err, boolean interactive) {

  /** {@return a reader of standard input as UTF-8 lines; create it once per command} */
  BufferedReader reader() {
    return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
  }
}
