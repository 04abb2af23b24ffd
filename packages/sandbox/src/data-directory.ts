// `--data DIR`: every *.json file in a folder, each a resource or a Bundle.
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Bundle, Resource } from 'fhir/r4.js';

export async function readDataDirectory(directory: string): Promise<(Resource | Bundle)[]> {
  const files = (await readdir(directory)).filter((file) => file.endsWith('.json')).sort();
  return Promise.all(
    files.map(async (file) => {
      const value = JSON.parse(await readFile(join(directory, file), 'utf8')) as unknown;
      if (typeof value !== 'object' || value === null || typeof (value as Resource).resourceType !== 'string')
        throw new Error(`${file} is not a FHIR resource or Bundle.`);
      return value as Resource | Bundle;
    }),
  );
}
