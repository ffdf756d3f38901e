/**
 * Readers: the bytes of one source format into a {@link io.github.plandiff.model.Document} of
 * blocks.
 *
 * <p>{@link io.github.plandiff.read.DraftReaders} chooses the reader by content (see {@code
 * docs/formats.md}): plain text, Markdown, HTML (jsoup), Word .docx (Apache POI), PDF (PDFBox) and
 * US legislative XML (USLM). jsoup, POI and PDFBox are optional dependencies, loaded only when a
 * file of their format is read; without them the reader throws a {@link
 * io.github.plandiff.model.DraftReadException} naming the artifact to add. Readers are stateless
 * and safe to share between threads.
 */
package io.github.plandiff.read;
