import { describe, expect, it } from 'vitest';
import type { Connector } from '@chanye/store';
import { LazyConnector } from '../../src/connector/lazy-connector.ts';

/** A stand-in connector that records what is asked of it. */
function fakeConnector(log: string[]): Connector {
  return {
    query: async <Row>(sql: string) => {
      log.push(`query ${sql}`);
      return [{ sql }] as Row[];
    },
    scan: async (sql, _params, onChunk) => {
      log.push(`scan ${sql}`);
      onChunk([[1]], 1);
    },
    exec: async (sql) => {
      log.push(`exec ${sql}`);
    },
    close: () => log.push('close'),
  };
}

describe('LazyConnector', () => {
  it('opens nothing until the first query, then opens once for concurrent first queries', async () => {
    const log: string[] = [];
    let opened = 0;
    const lazy = new LazyConnector(async () => {
      opened += 1;
      return fakeConnector(log);
    });
    expect(lazy.isOpen).toBe(false);
    expect(opened).toBe(0);
    const [a, b] = await Promise.all([lazy.query('select 1'), lazy.query('select 2')]);
    expect([a, b]).toEqual([[{ sql: 'select 1' }], [{ sql: 'select 2' }]]);
    await lazy.exec('create view v as select 1');
    await lazy.scan('select 3', [], () => undefined);
    expect(opened).toBe(1);
    expect(lazy.isOpen).toBe(true);
    expect(log).toEqual(['query select 1', 'query select 2', 'exec create view v as select 1', 'scan select 3']);
  });

  it('does not keep a failed opening: the next query tries again', async () => {
    let attempts = 0;
    const lazy = new LazyConnector(async () => {
      attempts += 1;
      if (attempts === 1) throw new Error('first opening fails');
      return fakeConnector([]);
    });
    await expect(lazy.query('select 1')).rejects.toThrow('first opening fails');
    expect(lazy.isOpen).toBe(false);
    await expect(lazy.query('select 1')).resolves.toEqual([{ sql: 'select 1' }]);
    expect(attempts).toBe(2);
  });

  it('closes the wrapped connector once, and refuses queries after close without opening', async () => {
    const log: string[] = [];
    let opened = 0;
    const lazy = new LazyConnector(async () => {
      opened += 1;
      return fakeConnector(log);
    });
    await lazy.query('select 1');
    lazy.close();
    lazy.close();
    await Promise.resolve();
    expect(log.filter((l) => l === 'close')).toHaveLength(1);
    await expect(lazy.query('select 2')).rejects.toThrow('closed');

    const never = new LazyConnector(async () => {
      opened += 1;
      return fakeConnector(log);
    });
    never.close();
    await expect(never.query('select 1')).rejects.toThrow('closed');
    expect(opened).toBe(1);
  });
});
