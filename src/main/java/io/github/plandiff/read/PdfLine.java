package io.github.plandiff.read;

/**
 * One line of text on a PDF page, with its position (PDF units, y growing down the page).
 *
 * @param page the page, from 1
 * @param text the line's text
 * @param left x of its first glyph
 * @param right x where its last glyph ends
 * @param y baseline of the line
 */
record PdfLine(int page, String text, float left, float right, float y) {}
