package io.github.plandiff.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.plandiff.render.TextStyle;
import org.junit.jupiter.api.Test;

class OutputTest {

  @Test
  void coloursOnlyOnATerminal() {
    assertThat(Output.textStyle(true, false, null)).isEqualTo(TextStyle.COLOR);
    assertThat(Output.textStyle(false, false, null)).isEqualTo(TextStyle.PLAIN);
  }

  @Test
  void neverColoursWithNoColorSet() {
    assertThat(Output.textStyle(true, false, "1")).isEqualTo(TextStyle.PLAIN);
    assertThat(Output.textStyle(true, false, "")).isEqualTo(TextStyle.COLOR);
  }

  @Test
  void neverColoursWithTheNoColorOption() {
    assertThat(Output.textStyle(true, true, null)).isEqualTo(TextStyle.PLAIN);
  }

  @Test
  void testsRunWithoutATerminalSoTextIsPlain() {
    assertThat(new Output().textStyle()).isEqualTo(TextStyle.PLAIN);
  }
}
