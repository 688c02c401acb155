// Reads one CSV file and validates every row with a zod schema.
// Multi-line quoted fields (ESCO altLabels) are normal here, so the line we report is the
// line where the record *starts*, which is what a person opening the file needs.
import { readFile } from 'node:fs/promises';
import { parse } from 'csv-parse/sync';
import type { z } from 'zod';
import { DataFileError } from './dataError';

export interface CsvRow<T> {
  line: number;
  value: T;
}

interface ParsedRecord {
  record: Record<string, string>;
  info: { lines: number };
}

export async function readCsv<S extends z.ZodType>(file: string, schema: S): Promise<Array<CsvRow<z.infer<S>>>> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (err) {
    throw new DataFileError(file, undefined, `cannot read file (${(err as Error).message})`);
  }
  return parseCsv(file, text, schema);
}

export function parseCsv<S extends z.ZodType>(file: string, text: string, schema: S): Array<CsvRow<z.infer<S>>> {
  let records: ParsedRecord[];
  try {
    records = parse(text, { columns: true, info: true, bom: true, skip_empty_lines: true }) as ParsedRecord[];
  } catch (err) {
    const e = err as Error & { lines?: number };
    throw new DataFileError(file, e.lines, `not valid CSV: ${e.message}`);
  }
  const rows: Array<CsvRow<z.infer<S>>> = [];
  // Header is line 1; each record starts on the line after the previous record ended.
  let previousEnd = 1;
  for (const { record, info } of records) {
    const line = previousEnd + 1;
    previousEnd = info.lines;
    const parsed = schema.safeParse(record);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      const column = issue.path.length > 0 ? `column ${issue.path.join('.')}` : 'row';
      const got = issue.path.length > 0 ? ` (got ${JSON.stringify(record[String(issue.path[0])] ?? null)})` : '';
      throw new DataFileError(file, line, `${column}: ${issue.message}${got}`);
    }
    rows.push({ line, value: parsed.data });
  }
  return rows;
}
