import { expect, test } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { briefingJsonSchema } from '../../../main/model/json-schema';

test('assets/briefing.schema.json is generated from the current schema (run `npm run schema` after a change)', () => {
  const onDisk = JSON.parse(readFileSync(join(__dirname, '../../../assets/briefing.schema.json'), 'utf8'));
  expect(onDisk).toEqual(briefingJsonSchema());
});
