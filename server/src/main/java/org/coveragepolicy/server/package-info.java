/**
 * A CDS Hooks service for the orders of a policy's products (Da Vinci Coverage Requirements Discovery) on the JDK's
 * HTTP server: {@link org.coveragepolicy.server.CdsHooksServer}.
 *
 * @since 0.2.0
 */
@NullMarked
package org.coveragepolicy.server;

import org.jspecify.annotations.NullMarked;
