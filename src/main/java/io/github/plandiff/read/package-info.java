/** Readers: the bytes of one source format into a {@link io.github.plandiff.model.Document} of blocks. */
package io.github.plandiff.read;
