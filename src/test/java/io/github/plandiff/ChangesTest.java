package io.github.plandiff;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.plandiff.align.Aligner;
import io.github.plandiff.align.AlignerSettings;
import io.github.plandiff.model.Alignment;
import io.github.plandiff.model.Comparison;
import io.github.plandiff.model.Ledger;
import io.github.plandiff.render.JsonRenderer;
import io.github.plandiff.testing.DraftGenerator;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The stages after alignment give the same bytes whether the top-level changes are worked on by one
 * processor or shared between several (as on long drafts).
 */
class ChangesTest {

  @ParameterizedTest
  @ValueSource(longs = {3, 17})
  void sharingTheWorkBetweenProcessorsGivesTheSameComparison(long seed) {
    DraftGenerator gen = new DraftGenerator(seed);
    DraftGenerator.Revision r = gen.revise(gen.draft(600));
    Alignment alignment = new Aligner(AlignerSettings.DEFAULTS).align(r.oldDraft(), r.newDraft());
    CompareOptions options = CompareOptions.defaults();
    Comparison one = Changes.compare(r.oldDraft(), r.newDraft(), alignment, options, false);
    Comparison many = Changes.compare(r.oldDraft(), r.newDraft(), alignment, options, true);
    assertThat(many.changes()).hasSize(one.changes().size()).isNotEmpty();
    assertThat(new JsonRenderer().render(many)).isEqualTo(new JsonRenderer().render(one));
    assertThat(many.changes()).anyMatch(c -> !c.children().isEmpty());
  }

  @ParameterizedTest
  @ValueSource(longs = {5})
  void theChangesWithoutTheLedgerAreTheChangesOfTheFullComparison(long seed) {
    DraftGenerator gen = new DraftGenerator(seed);
    DraftGenerator.Revision r = gen.revise(gen.draft(60));
    Alignment alignment = new Aligner(AlignerSettings.DEFAULTS).align(r.oldDraft(), r.newDraft());
    CompareOptions options = CompareOptions.defaults();
    Comparison full = Changes.compare(r.oldDraft(), r.newDraft(), alignment, options);
    Comparison bare = Changes.withoutLedger(r.oldDraft(), r.newDraft(), alignment, options);
    assertThat(full.ledger().commitments()).isNotEmpty();
    assertThat(bare.ledger()).isEqualTo(Ledger.empty());
    assertThat(bare.changes()).isEqualTo(full.changes());
  }
}
