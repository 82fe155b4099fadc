package org.coveragepolicy.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A {@link JsonPath.Mark}, taken at a value and written out later, names the path that {@link
 * JsonPath#of} names at that value: at every token of a document with nested arrays and objects,
 * field names that need quoting, and values inside {@code patient} (whose unknown field names are
 * never shown), and after the parser has moved on.
 */
class JsonPathTest {
  private static final String DOCUMENT =
      "{\"id\":\"c\",\"patient\":{\"sex\":\"F\",\"secret name\":{\"x\":[1,{\"y\":2}]}},"
          + "\"record\":{\"documents\":[{\"kind\":\"PROGRESS_NOTE\",\"statements\":{\"a b\":true,"
          + "\"\":false},\"therapies\":[{\"kind\":\"x\"},[[],[3]]]},{}]},\"x.y\":[[{\"z\":null}]]}";

  @Test
  void aMarkWritesThePathOfItsValueAtEveryToken() throws IOException {
    List<String> expected = new ArrayList<>();
    List<JsonPath.Mark> marks = new ArrayList<>();
    List<String> expectedChildren = new ArrayList<>();
    List<JsonPath.Mark> children = new ArrayList<>();
    try (JsonParser p = new JsonFactory().createParser(DOCUMENT)) {
      while (p.nextToken() != null) {
        String path = JsonPath.of(p);
        JsonPath.Mark mark = JsonPath.mark(p);
        // written at once, and kept to be written after the parser has moved on
        assertThat(mark.toString()).as("at %s", p.currentToken()).isEqualTo(path);
        expected.add(path);
        marks.add(mark);
        expectedChildren.add(JsonPath.join(path, "unit"));
        children.add(mark.child("unit"));
      }
    }

    assertThat(marks).extracting(JsonPath.Mark::toString).containsExactlyElementsOf(expected);
    assertThat(children)
        .extracting(JsonPath.Mark::toString)
        .containsExactlyElementsOf(expectedChildren);
    assertThat(expected)
        .contains(
            "record.documents[0].statements.\"a b\"",
            "record.documents[0].therapies[1][1][0]",
            "\"x.y\"[0][0].z",
            "patient")
        .noneMatch(path -> path.contains("secret"));
  }
}
