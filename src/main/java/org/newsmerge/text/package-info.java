/**
 * Text primitives: the normaliser that turns original text into matching keys (never shown to a
 * reader), word tokens that keep their original spans, and the sentence splitter that gives
 * sentences with offsets into the original text, and the reader of numbers as values (figures).
 */
package org.newsmerge.text;
