// Writes assets/briefing.schema.json from the zod schema (via the built CLI).
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
writeFileSync('assets/briefing.schema.json', execFileSync('node', ['out/main/cli.cjs', 'schema'], { encoding: 'utf8' }));
