/**
 * Which way an indicator of a composite index points.
 *
 * @module
 */

/** Higher is better (+1) or lower is better (−1), per indicator. */
export type Polarity = 1 | -1;
