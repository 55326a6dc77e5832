/**
 * Which reference implementation's conventions to follow where the two differ:
 * - `'py-ecomplexity'` (default) — the Growth Lab's Python package: proximity diagonal 1 (a
 *   product counts as its own neighbour in density and COG), ECI/PCI/COG/COI standardised with
 *   the population sd over locations;
 * - `'stata'` — the Growth Lab's Stata `ecomplexity`: proximity diagonal 0, sample sd over the
 *   location × product long table (each location's value repeated once per product).
 */
export type Convention = 'py-ecomplexity' | 'stata';
