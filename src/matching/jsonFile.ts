// Reads a JSON data file; any problem becomes a DataFileError naming the file.
import { readFile } from 'node:fs/promises';
import { DataFileError } from './dataError';

export async function readJsonFile(file: string): Promise<unknown> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (err) {
    throw new DataFileError(file, undefined, `cannot read file (${(err as Error).message})`);
  }
  try {
    return JSON.parse(text);
  } catch (err) {
    throw new DataFileError(file, undefined, `not valid JSON: ${(err as Error).message}`);
  }
}
