/**
 * The JSON form of review cases and review results ({@code docs/json-contract.md}): {@link
 * org.coveragepolicy.cli.json.ReviewJson} reads a case, naming the JSON path and the bad value of
 * any invalid input, and writes cases, results and batch error lines with a fixed field order.
 */
@NullMarked
package org.coveragepolicy.cli.json;

import org.jspecify.annotations.NullMarked;
