/**
 * The aligner: two drafts into an alignment of clause correspondences with relations and scores.
 */
package io.github.plandiff.align;
