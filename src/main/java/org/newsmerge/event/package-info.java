/**
 * Event stories: term vectors that tell which articles report one event though they share no text,
 * and the grouping of reuse families into events.
 */
package org.newsmerge.event;
