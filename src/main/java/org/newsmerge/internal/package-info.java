/**
 * Not API: small helpers the stages share in their hot paths (primitive collections), public only
 * because Java has no narrower scope across packages. They may change without notice, as jsoup's
 * {@code internal} package may.
 */
package org.newsmerge.internal;
