/**
 * Grouping: sentences into units (the same sentence in several sources) with a guard against chains
 * of weak matches, and articles into stories for batch runs.
 */
package org.newsmerge.cluster;
