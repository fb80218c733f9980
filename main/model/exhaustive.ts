// Makes the compiler name every place a new slide layout (or any other union member) must reach: a switch or an
// if-chain over a union ends in `assertNever(x)`, which type-checks only when every member was handled (issue 17).

/** Unreachable when every case is handled; at run time (data that bypassed the schema) it throws, naming the value. */
export function assertNever(value: never, what = 'value'): never {
  throw new Error(`unhandled ${what}: ${JSON.stringify(value)}`);
}
