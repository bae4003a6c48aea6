import type { DataSource } from "typeorm";

export interface TableChecksum {
  table: string;
  rowCount: number;
  checksum: string;
}

/**
 * Every table of the database (every schema but PostgreSQL's own) with its row count and the md5 of
 * its rows as text, in order: two equal results mean no row was added, removed or changed. One
 * statement, so a test can afford it after every request.
 */
export async function tableChecksums(dataSource: DataSource): Promise<TableChecksum[]> {
  const tables = (await dataSource.query(
    `SELECT format('%I.%I', table_schema, table_name) AS "name" FROM information_schema.tables
      WHERE table_type = 'BASE TABLE' AND table_schema NOT IN ('pg_catalog', 'information_schema') ORDER BY 1`,
  )) as Array<{ name: string }>;
  const perTable = tables.map(
    ({ name }) =>
      `SELECT ${quoteLiteral(name)} AS "table", count(*)::int AS "rowCount", md5(coalesce(string_agg(t::text, E'\\n' ORDER BY t::text), '')) AS "checksum" FROM ${name} t`,
  );
  return (await dataSource.query(perTable.join(" UNION ALL ") + ` ORDER BY 1`)) as TableChecksum[];
}

const quoteLiteral = (text: string) => `'${text.replaceAll("'", "''")}'`;
