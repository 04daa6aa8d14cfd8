package org.boundarykit.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.MalformedInputException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.boundarykit.ContactCategory;
import org.boundarykit.Safety;
import org.boundarykit.Topic;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reading labelled sets: every field, the defaults, and bad lines reported without stopping the rest. */
class LabelledSetTest {

  private static LabelledSet read(String... lines) throws IOException {
    return LabelledSet.read(new StringReader(String.join("\n", lines) + "\n"), "set.jsonl");
  }

  @Test
  void readsEveryFieldAndFillsTheDefaults() throws IOException {
    LabelledSet set = read(
        "{\"id\": \"a1\", \"text\": \"can you take the dog on friday\", \"lang\": \"en\", \"category\": \"LEGITIMATE_LOGISTICS\","
            + " \"safety\": \"NONE\", \"family\": \"pets\", \"hard_negative\": false, \"topic\": \"PETS\","
            + " \"context_dependent\": true, \"note\": \"ignored\"}",
        "{\"id\": 7, \"text\": \"te echo de menos\", \"lang\": \"es\", \"category\": \"NOSTALGIA_HOOVER\", \"safety\": \"NONE\"}",
        "{\"id\": \"a3\", \"text\": \"this exam will be the death of me\", \"category\": \"OTHER\", \"safety\": \"NONE\","
            + " \"lang\": null, \"family\": null, \"hard_negative\": true, \"topic\": null, \"context_dependent\": null}");

    assertThat(set.problems()).isEmpty();
    assertThat(set.name()).isEqualTo("set.jsonl");
    assertThat(set.messages()).containsExactly(
        new LabelledMessage("a1", "can you take the dog on friday", "en", ContactCategory.LEGITIMATE_LOGISTICS,
            Safety.NONE, Optional.of("pets"), false, Optional.of(Topic.PETS), true),
        new LabelledMessage("7", "te echo de menos", "es", ContactCategory.NOSTALGIA_HOOVER, Safety.NONE,
            Optional.empty(), false, Optional.empty(), false),
        new LabelledMessage("a3", "this exam will be the death of me", "en", ContactCategory.OTHER, Safety.NONE,
            Optional.empty(), true, Optional.empty(), false));
    assertThat(set.messages().get(1).locale()).isEqualTo(Locale.forLanguageTag("es"));
  }

  @Test
  void skipsBlankLinesAndAByteOrderMarkAndReadsWindowsLineEnds() throws IOException {
    String text = "\uFEFF{\"id\": \"b1\", \"text\": \"hi\", \"category\": \"OTHER\", \"safety\": \"NONE\"}\r\n"
        + "\r\n   \r\n"
        + "{\"id\": \"b2\", \"text\": \"hello\", \"category\": \"OTHER\", \"safety\": \"NONE\"}\r\n";
    LabelledSet set = LabelledSet.read(new StringReader(text), "crlf.jsonl");
    assertThat(set.problems()).isEmpty();
    assertThat(set.messages()).extracting(LabelledMessage::id).containsExactly("b1", "b2");
  }

  @Test
  void aBadLineIsReportedWithFileLineAndFieldAndTheRestAreStillRead() throws IOException {
    LabelledSet set = read(
        "{\"id\": \"ok1\", \"text\": \"see you at the handover\", \"category\": \"LEGITIMATE_LOGISTICS\", \"safety\": \"NONE\"}",
        "not json at all",
        "[1, 2]",
        "{\"text\": \"no id here\", \"category\": \"OTHER\", \"safety\": \"NONE\"}",
        "{\"id\": \"c5\", \"text\": \"   \", \"category\": \"OTHER\", \"safety\": \"NONE\"}",
        "{\"id\": \"c6\", \"text\": \"bonjour\", \"lang\": \"EN\", \"category\": \"OTHER\", \"safety\": \"NONE\"}",
        "{\"id\": \"c7\", \"text\": \"hey\", \"category\": \"HELLO\", \"safety\": 2}",
        "{\"id\": \"c8\", \"text\": \"hey\", \"category\": \"OTHER\", \"safety\": \"NONE\", \"hard_negative\": \"yes\"}",
        "{\"id\": \"c9\", \"text\": \"hey\", \"category\": \"OTHER\", \"safety\": \"NONE\", \"topic\": \"CAR\"}",
        "{\"id\": \"ok1\", \"text\": \"again\", \"category\": \"OTHER\", \"safety\": \"NONE\"}",
        "{\"id\": \"c11\", \"id\": \"c11b\", \"text\": \"twice\", \"category\": \"OTHER\", \"safety\": \"NONE\"}",
        "{\"id\": true, \"text\": 5, \"category\": \"OTHER\", \"safety\": \"NONE\", \"family\": \"\", \"context_dependent\": 1}",
        "{\"id\": \"ok2\", \"text\": \"the rent went up\", \"category\": \"LEGITIMATE_LOGISTICS\", \"safety\": \"NONE\"}");

    assertThat(set.messages()).extracting(LabelledMessage::id).containsExactly("ok1", "ok2");
    assertThat(set.problems()).extracting(LineProblem::file).containsOnly("set.jsonl");
    assertThat(set.problems()).extracting(p -> p.line() + " " + p.field() + " " + p.kind()).containsExactly(
        "2 $ SYNTAX",
        "3 $ SYNTAX",
        "4 $.id MISSING",
        "5 $.text BAD_VALUE",
        "6 $.lang BAD_VALUE",
        "7 $.category BAD_VALUE",
        "7 $.safety WRONG_TYPE",
        "8 $.hard_negative WRONG_TYPE",
        "9 $.topic BAD_VALUE",
        "10 $.id DUPLICATE_ID",
        "11 $ SYNTAX",
        "12 $.id WRONG_TYPE",
        "12 $.text WRONG_TYPE",
        "12 $.family BAD_VALUE",
        "12 $.context_dependent WRONG_TYPE");
    List<String> shown = set.problems().stream().map(LineProblem::toString).toList();
    assertThat(shown.get(0)).startsWith("set.jsonl:2: $: not valid JSON: ").contains("(column ");
    assertThat(shown.get(1)).isEqualTo("set.jsonl:3: $: expected a JSON object, but got array");
    assertThat(shown.get(2)).isEqualTo("set.jsonl:4: $.id: required");
    assertThat(shown.get(3)).isEqualTo("set.jsonl:5: $.text: must not be blank");
    assertThat(shown.get(4)).isEqualTo("set.jsonl:6: $.lang: expected one of en, es, fr, de, but got \"EN\"");
    assertThat(shown.get(5)).startsWith("set.jsonl:7: $.category: expected one of LATE_NIGHT, FRIENDSHIP_CHECK_IN,")
        .endsWith(", OTHER, but got \"HELLO\"");
    assertThat(shown.get(6)).isEqualTo("set.jsonl:7: $.safety: expected one of NONE, CONCERN, URGENT (a string), but got number");
    assertThat(shown.get(7)).isEqualTo("set.jsonl:8: $.hard_negative: expected true or false, but got \"yes\"");
    assertThat(shown.get(9)).isEqualTo("set.jsonl:10: $.id: \"ok1\" is already the id of line 1");
    assertThat(shown.get(10)).contains("Duplicate field 'id'");
  }

  @Test
  void aMissingFileAFolderAndBytesThatAreNotUtf8CannotBeRead(@TempDir Path dir) throws IOException {
    assertThatThrownBy(() -> LabelledSet.read(dir.resolve("absent.jsonl"))).isInstanceOf(NoSuchFileException.class);
    assertThatThrownBy(() -> LabelledSet.read(dir)).isInstanceOf(IOException.class);
    Path latin1 = dir.resolve("latin1.jsonl");
    Files.write(latin1, new byte[] {'{', '"', 'i', 'd', '"', ':', '"', (byte) 0xE9, '"', '}', '\n'});
    assertThatThrownBy(() -> LabelledSet.read(latin1)).isInstanceOf(MalformedInputException.class);
  }

  @Test
  void aFileIsNamedByItsPath(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("small.jsonl");
    Files.writeString(file, "{\"id\": \"d1\", \"text\": \"hi\", \"category\": \"OTHER\"}\n");
    LabelledSet set = LabelledSet.read(file);
    assertThat(set.messages()).isEmpty();
    assertThat(set.problems()).singleElement().hasToString(file + ":1: $.safety: required");
  }

  @Test
  void aSetMadeInCodeRefusesTwoMessagesWithOneId() {
    LabelledMessage one = LabelledMessage.of("x", "hi", ContactCategory.OTHER, Safety.NONE);
    assertThatThrownBy(() -> LabelledSet.of("code", List.of(one, one)))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("messages: the id \"x\" is used twice");
    assertThat(LabelledSet.of("code", List.of(one)).messages()).containsExactly(one);
  }

  @Test
  void aLabelledMessageChecksItsValues() {
    assertThatThrownBy(() -> new LabelledMessage(" ", "hi", "en", ContactCategory.OTHER, Safety.NONE, Optional.empty(),
        false, Optional.empty(), false)).hasMessage("id: must not be blank");
    assertThatThrownBy(() -> new LabelledMessage("e", "hi", "it", ContactCategory.OTHER, Safety.NONE, Optional.empty(),
        false, Optional.empty(), false)).hasMessage("language: expected one of [en, es, fr, de], but got \"it\"");
    assertThatThrownBy(() -> new LineProblem("f", 0, "$", LineProblem.Kind.SYNTAX, "m"))
        .hasMessage("line: must be 1 or more, but got 0");
  }
}
