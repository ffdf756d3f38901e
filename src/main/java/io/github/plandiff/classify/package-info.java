/**
 * What a change does to commitments: {@link io.github.plandiff.classify.ChangeClassifier} fills a
 * change's signals (modality, negation, quantities, deadlines, parties, conditions, commitments)
 * with evidence, and {@link io.github.plandiff.classify.TopicTagger} its topics. The words behind
 * both live in replaceable JSON data: {@link io.github.plandiff.classify.Lexicon} and {@link
 * io.github.plandiff.classify.Taxonomy}. Depends only on {@code model} and Jackson.
 */
package io.github.plandiff.classify;
