/**
 * An economy as the views name it (GET /api/economies, and the profile's economy).
 *
 * @module
 */
import type { EconomiesAnswer } from '../api-types.js';
import type { Lang } from '../i18n.js';
import type { Reads } from '../reads.js';

export type Economy = Reads<EconomiesAnswer[number], { iso3: true; name_en: true; name_zh: true }>;

/** The economy's name in `lang`, else in English, else its code. */
export const economyName = (e: Economy, lang: Lang): string =>
  (lang === 'zh' ? e.name_zh : null) ?? e.name_en ?? e.iso3;
