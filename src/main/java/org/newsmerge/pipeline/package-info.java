/**
 * The one place that wires the stages of one story together: read, split, sketch and align for
 * {@code overlaps}; the same plus merging for {@code merge}, for each story of a batch run and for
 * the evaluation, through one method.
 */
package org.newsmerge.pipeline;
