/**
 * Units of source series whose metadata does not state them in a parseable phrase.
 * Each entry names where the unit is stated; no value is written here.
 */

/** PWT 10.01 variables whose description has no "(in …)" or "(…=1)" unit (PWT user guide). */
export const PWT_UNIT_NOTES: Readonly<Record<string, string>> = {
  pop: 'millions',
  emp: 'millions',
  avh: 'hours per person engaged per year',
  hc: 'index',
  labsh: 'share (0-1)',
  irr: 'rate (0-1)',
  delta: 'rate (0-1)',
  xr: 'national currency per US$',
  csh_c: 'share (0-1)',
  csh_i: 'share (0-1)',
  csh_g: 'share (0-1)',
  csh_x: 'share (0-1)',
  csh_m: 'share (0-1)',
  csh_r: 'share (0-1)',
  cor_exp: 'correlation',
  statcap: 'index',
};

/**
 * OWID CO2 columns whose codebook description has no "measured in …" phrase; units from
 * the shared data README (owid section) and the codebook wording.
 */
export const OWID_CO2_UNITS: Readonly<Record<string, string>> = {
  co2_per_gdp: 'kg per international-$',
  consumption_co2_per_gdp: 'kg per international-$',
  co2_per_unit_energy: 'kg per kWh',
  co2_growth_prct: '%',
  trade_co2_share: '%',
  share_global_co2: '%',
  share_global_cumulative_co2: '%',
  population: 'people',
  gdp: 'international-$ (2011 prices)',
};
