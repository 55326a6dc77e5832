import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Store } from '@chanye/store';
import { diagnose } from '@chanye/engine';
import { openSnapshotStore } from '../helpers.js';

let store: Store;
beforeAll(async () => {
  store = await openSnapshotStore();
});
afterAll(() => store.close());

describe('the citations of every finding', () => {
  it.each(['CHN', 'KOR', 'BRA', 'NGA', 'DEU'])(
    'name papers by author and year, never the project’s seed files (%s, en and zh)',
    async (iso3) => {
      const text = JSON.stringify(await diagnose(store, iso3));
      expect(text).not.toMatch(/\bseed 0\d\d\b|种子文献|shared\/seeds/i);
      // The papers the findings rest on are named as an economist would cite them.
      expect(text).toContain('Rui Mingjie (2023)');
      expect(text).toContain('IIE-CASS Research Group (2024)');
    },
  );
});
