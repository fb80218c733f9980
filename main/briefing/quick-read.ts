// Reads a briefing's YAML into plain data fast, without the positions of its nodes: the `yaml` package's full
// document (every node with its place in the file) took most of a pack's load time and memory (issue 14), and those
// positions are only needed to place a problem. js-yaml builds plain data straight from the parser's events, several
// times faster and in a fraction of the memory. Its numbers are read here by the `yaml` package's own YAML 1.2 core
// rules (yaml/dist/schema/core), so both readers give the same data. load.ts takes this data only for a pack with
// nothing to report; any error or warning, and anything this reader refuses, goes through the full `yaml` document.
import { CORE_SCHEMA, NOT_RESOLVED, defineScalarTag, load } from 'js-yaml';

// The `yaml` package's core integers: 0o octal, decimal with a sign, 0x hex; parsed with parseInt as it does.
const intTag = defineScalarTag('tag:yaml.org,2002:int', {
  implicit: true,
  implicitFirstChars: ['-', '+', ...'0123456789'],
  resolve: (s, explicit) => {
    // An explicit !!int is rare: leave it to the full reader, which warns about a mismatch.
    if (explicit) return NOT_RESOLVED;
    if (/^0o[0-7]+$/.test(s)) return parseInt(s.slice(2), 8);
    if (/^[-+]?[0-9]+$/.test(s)) return parseInt(s, 10);
    if (/^0x[0-9a-fA-F]+$/.test(s)) return parseInt(s.slice(2), 16);
    return NOT_RESOLVED;
  },
  identify: (x) => Number.isInteger(x),
});

// The `yaml` package's core floats: .inf/.nan, exponent forms and decimals, parsed with parseFloat (1e999 is Infinity).
const floatTag = defineScalarTag('tag:yaml.org,2002:float', {
  implicit: true,
  implicitFirstChars: ['-', '+', '.', ...'0123456789'],
  resolve: (s, explicit) => {
    if (explicit) return NOT_RESOLVED;
    if (/^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/.test(s)) return s.slice(-3).toLowerCase() === 'nan' ? NaN : s[0] === '-' ? -Infinity : Infinity;
    if (/^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/.test(s) || /^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/.test(s)) return parseFloat(s);
    return NOT_RESOLVED;
  },
  identify: (x) => typeof x === 'number',
});

const SCHEMA = CORE_SCHEMA.withTags(intTag, floatTag);

/**
 * The document's data, or undefined when the fast reader cannot vouch for it: a syntax error, an empty or
 * multi-document file, an alias (the full reader bounds their expansion and reports it), an explicit number tag,
 * nesting past 100 levels. Never throws.
 */
export function quickRead(text: string): unknown {
  try {
    const data: unknown = load(text, { schema: SCHEMA, maxAliases: 0, maxDepth: 100 });
    return data === null ? undefined : data;
  } catch {
    return undefined;
  }
}
