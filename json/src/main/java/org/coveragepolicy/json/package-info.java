/**
 * The JSON form of review cases and review results (REVIEW-CASE.md), for the command line and for
 * services that embed the library: {@link org.coveragepolicy.json.ReviewJson} reads and writes
 * cases and results, {@link org.coveragepolicy.json.CaseReader} is the configurable reader (another
 * drug catalog, another size limit), and {@link org.coveragepolicy.json.InvalidCaseException} is
 * what every invalid input gives. The module needs Jackson's streaming core only, any 2.x from 2.15.
 *
 * <h2>Limits</h2>
 *
 * <p>The reader holds every input to these limits; a value outside one is invalid input, reported
 * with its JSON path like any other.
 *
 * <table class="striped">
 *   <caption>Limits of the JSON reader</caption>
 *   <thead>
 *     <tr><th scope="col">what</th><th scope="col">limit</th></tr>
 *   </thead>
 *   <tbody>
 *     <tr><td>input size</td><td>1 MiB (1,048,576 bytes) of UTF-8; {@code CaseReader.withMaxBytes}
 *       sets another; a stream is read no further than the limit</td></tr>
 *     <tr><td>text</td><td>UTF-8 only (a UTF-8 byte order mark is allowed); malformed or overlong
 *       sequences, encoded or lone surrogates, NUL bytes and a UTF-16 or UTF-32 byte order mark are
 *       invalid</td></tr>
 *     <tr><td>numbers</td><td>at most 24 characters as written, at most 6 digits after the decimal
 *       point</td></tr>
 *     <tr><td>dates</td><td>{@code YYYY-MM-DD}, from 1900-01-01 through 2100-12-31; the birth date
 *       not after the date of service</td></tr>
 *     <tr><td>{@code id}</td><td>1 to 256 characters, not blank, no control characters</td></tr>
 *     <tr><td>{@code claim.units}</td><td>integer, 1 to 10,000</td></tr>
 *     <tr><td>{@code doseMg}</td><td>integer, 1 to 10,000</td></tr>
 *     <tr><td>{@code tScore}</td><td>−10 to 10</td></tr>
 *     <tr><td>lab {@code value}</td><td>calcium 0 to 30 mg/dL; eGFR 0 to 300 mL/min/1.73 m²</td></tr>
 *     <tr><td>{@code doseMgPerDay}</td><td>0 to 10,000</td></tr>
 *     <tr><td>{@code expectedMonths}</td><td>integer, 0 to 1,200</td></tr>
 *     <tr><td>lists</td><td>{@code diagnosisCodes} 1 to 12; {@code documents} at most 1,000; any
 *       other list at most 100 items</td></tr>
 *   </tbody>
 * </table>
 *
 * <h2>Messages</h2>
 *
 * <p>A message is one line: the JSON path (a field name that is not a plain identifier is quoted),
 * the problem, and the bad value in double quotes with JSON escapes for quotes, backslashes and
 * control characters, cut to 60 characters. Arrays and objects are named, never shown. Nothing from
 * inside {@code patient} is shown, not even the name of an unknown field there; a syntax error
 * inside it gives only the path and the position.
 */
@NullMarked
package org.coveragepolicy.json;

import org.jspecify.annotations.NullMarked;
