/**
 * A CDS Hooks service for the catalog's products (Da Vinci Coverage Requirements Discovery): the
 * framework-neutral {@link org.coveragepolicy.server.CdsHooksHandler} and its standalone Jetty host
 * {@link org.coveragepolicy.server.CdsHooksServer}.
 *
 * @since 0.2.0
 */
@NullMarked
package org.coveragepolicy.server;

import org.jspecify.annotations.NullMarked;
