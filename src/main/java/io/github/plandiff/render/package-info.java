/** Renderers: a comparison, a draft or lineages into bytes. Imports only {@code model}. */
package io.github.plandiff.render;
