/**
 * The one place that wires the stages together: read, split, sketch and align for {@code overlaps};
 * the same plus merging for {@code merge}; and, for {@code batch}, the same stages over a whole
 * archive.
 */
package org.newsmerge.pipeline;
