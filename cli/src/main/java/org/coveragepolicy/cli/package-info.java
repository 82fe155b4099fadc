/**
 * The {@code coverage-review} command line: {@code review} prints the result of one case, {@code
 * batch} reviews JSON Lines of cases as a stream and writes the TPE summary. Start at {@link
 * org.coveragepolicy.cli.CoverageReview}.
 */
@NullMarked
package org.coveragepolicy.cli;

import org.jspecify.annotations.NullMarked;
