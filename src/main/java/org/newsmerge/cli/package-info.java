/**
 * The command line: picocli commands that parse options, call the pipeline and write its results.
 * The only package that prints, and {@link org.newsmerge.cli.Main#main} is the only place that
 * exits.
 */
package org.newsmerge.cli;
