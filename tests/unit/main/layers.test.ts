// Each file on its layer (docs/ARCHITECTURE.md): services and security rules never reach up into the IPC handlers,
// and the export worker's shell runs the PDF runner without loading a handler.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(__dirname, '../../../main');
const importsOf = (file: string) => [...readFileSync(join(root, file), 'utf8').matchAll(/^import[^;]*?from '([^']+)'/gms)].map((m) => m[1]);
const filesIn = (dir: string) => readdirSync(join(root, dir)).filter((f) => f.endsWith('.ts')).map((f) => `${dir}/${f}`);

describe('layers', () => {
  it('the export worker imports no handler', () => {
    expect(importsOf('export-worker.ts').filter((p) => p?.includes('handlers'))).toEqual([]);
  });

  it.each(['briefing', 'security', 'pdf', 'model'])('main/%s/ imports no handler', (dir) => {
    for (const file of filesIn(dir)) expect(importsOf(file).filter((p) => p?.includes('handlers')), file).toEqual([]);
  });
});
