import { describe, expect, it } from 'vitest';
import { DuckDBConnector } from '@chanye/store';

describe('DuckDBConnector connection pool', () => {
  it('scan() reads every row while other queries run on the same connector', async () => {
    const connector = await DuckDBConnector.open();
    try {
      let rows = 0;
      const [, ...counts] = await Promise.all([
        connector.scan('select * from range(500000)', [], (_columns, n) => {
          rows += n;
        }),
        ...Array.from({ length: 8 }, () => connector.query<{ n: number }>('select count(*) as n from range(1000)')),
      ]);
      expect(rows).toBe(500000);
      expect(counts.map((c) => c[0]?.n)).toEqual(Array(8).fill(1000));
    } finally {
      connector.close();
    }
  });

  it('scanRows() streams every row in chunks, with the values query() gives', async () => {
    const connector = await DuckDBConnector.open();
    try {
      const sql = `select i, i::bigint * 3 as b, 'x' || i as s, date '2019-01-01' + i::integer as d, [i, i] as l
                     from range(5000) t(i) order by i`;
      const rows: unknown[][] = [];
      let chunks = 0;
      await connector.scanRows(sql, (chunk) => {
        chunks++;
        for (const row of chunk) rows.push([...row]);
      });
      expect(chunks).toBeGreaterThan(1);
      const expected = (await connector.query<Record<string, unknown>>(sql)).map((r) => Object.values(r));
      // query() turns BIGINTs into numbers; the reader of scanRows does so itself.
      expect(rows.map((r) => r.map((v) => (typeof v === 'bigint' ? Number(v) : v)))).toEqual(expected);
      expect(rows[1]![3]).toEqual(new Date('2019-01-02T00:00:00Z'));
    } finally {
      connector.close();
    }
  });

  it('opens connections only when needed, never more than maxConnections', async () => {
    const connector = await DuckDBConnector.open(':memory:', { maxConnections: 2 });
    try {
      for (let i = 0; i < 5; i++) await connector.query('select 1');
      expect(connector.connectionCount).toBe(1);
      const results = await Promise.all(
        Array.from({ length: 20 }, (_, i) => connector.query<{ i: number }>('select $1::integer as i', [i])),
      );
      expect(results.map((r) => r[0]?.i)).toEqual(Array.from({ length: 20 }, (_, i) => i));
      expect(connector.connectionCount).toBe(2);
    } finally {
      connector.close();
    }
  });

  it('every connection sees views created through another', async () => {
    const connector = await DuckDBConnector.open(':memory:', { maxConnections: 3 });
    try {
      await connector.exec('create view v as select 42 as x');
      const results = await Promise.all(
        Array.from({ length: 9 }, () => connector.query<{ x: number }>('select x from v')),
      );
      expect(results.every((r) => r[0]?.x === 42)).toBe(true);
      expect(connector.connectionCount).toBe(3);
    } finally {
      connector.close();
    }
  });

  it('rejects queries after close() and refuses a pool of zero', async () => {
    const connector = await DuckDBConnector.open();
    connector.close();
    await expect(connector.query('select 1')).rejects.toThrow(/closed/);
    await expect(DuckDBConnector.open(':memory:', { maxConnections: 0 })).rejects.toThrow(/maxConnections/);
  });
});
