/**
 * The batch run over whole archives: a first pass that reads every article and keeps only its
 * sketches, the grouping of articles into stories, a brief per story, and the index and manifest,
 * all written through one {@link org.newsmerge.batch.BatchOutput} over an output folder. The Spark
 * job runs the same steps as Spark functions over these classes.
 */
package org.newsmerge.batch;
