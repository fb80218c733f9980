// The JSON Schema for editors, derived from the zod schema (assets/briefing.schema.json; a test keeps it current).
import * as z from 'zod';
import { Briefing } from './schema';

export function briefingJsonSchema(): Record<string, unknown> {
  return { ...z.toJSONSchema(Briefing, { io: 'input' }), title: 'Puente briefing pack' };
}
