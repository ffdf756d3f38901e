/** The parser: a document's blocks into a draft's clause tree, with numbering schemes. */
package io.github.plandiff.parse;
