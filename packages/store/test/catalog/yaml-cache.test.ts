import { copyFileSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { readYamlCache, writeYamlCache } from '../../src/catalog/read-yaml.ts';

const catalog = fileURLToPath(new URL('../../../../catalog/', import.meta.url));
const yamlFiles = readdirSync(catalog, { recursive: true, withFileTypes: true })
  .filter((e) => e.isFile() && e.name.endsWith('.yaml') && !e.parentPath.includes('.cache'))
  .map((e) => join(e.parentPath, e.name));

describe('catalogue YAML cache', () => {
  it('holds, for every catalogue file after the build, exactly what parsing the YAML gives', () => {
    expect(yamlFiles.length).toBeGreaterThan(5);
    for (const path of yamlFiles) {
      const text = readFileSync(path, 'utf8');
      const cached = readYamlCache(path, text);
      expect(cached, path).toBeDefined();
      expect(cached?.value, path).toEqual(parse(text));
    }
  });

  it('is ignored once the file has changed, so an edited catalogue is read as written', () => {
    const dir = mkdtempSync(join(tmpdir(), 'chanye-yaml-cache-'));
    const path = join(dir, 'reference-values.yaml');
    copyFileSync(join(catalog, 'reference-values.yaml'), path);
    writeYamlCache(path);
    const edited = `${readFileSync(path, 'utf8')}\n# edited\n`;
    expect(readYamlCache(path, readFileSync(path, 'utf8'))).toBeDefined();
    writeFileSync(path, edited);
    expect(readYamlCache(path, edited)).toBeUndefined();
  });
});
