// Renderer rules Electronegativity cannot check (it skips .svelte): a strict CSP, briefing text never parsed as
// markup, no string-to-code, and a preload that exposes the contract and nothing of Electron itself.
import { describe, expect, test } from 'vitest';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import ts from 'typescript';

const root = resolve(__dirname, '../../..');
const read = (rel: string) => readFileSync(join(root, rel), 'utf8');

function filesUnder(dir: string, ext: RegExp): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(join(root, dir), { withFileTypes: true })) {
    const rel = `${dir}/${entry.name}`;
    if (entry.isDirectory()) out.push(...filesUnder(rel, ext));
    else if (ext.test(entry.name)) out.push(rel);
  }
  return out;
}

/** The CSP of an HTML page's meta tag, as directive → sources. */
function cspOf(html: string): Map<string, string[]> {
  const meta = /<meta\s[^>]*http-equiv="Content-Security-Policy"[^>]*>/i.exec(html)?.[0];
  const content = meta && /content="([^"]*)"/i.exec(meta)?.[1];
  if (!content) throw new Error('no Content-Security-Policy meta tag');
  const csp = new Map<string, string[]>();
  for (const part of content.split(';')) {
    const [name, ...sources] = part.trim().split(/\s+/);
    if (name) csp.set(name.toLowerCase(), sources);
  }
  return csp;
}

describe('the Content-Security-Policy of renderer/index.html', () => {
  const csp = cspOf(read('renderer/index.html'));
  test("defaults to the app's own origin", () => expect(csp.get('default-src')).toEqual(["'self'"]));
  test('runs scripts from the app only: no inline script, no eval', () => {
    expect(csp.get('script-src')).toEqual(["'self'"]);
  });
  test('allows no connections at all (fetch, XHR, WebSocket)', () => expect(csp.get('connect-src')).toEqual(["'none'"]));
  test('allows no plugins', () => expect(csp.get('object-src')).toEqual(["'none'"]));
  test('allows no <base> and no form submissions', () => {
    expect(csp.get('base-uri')).toEqual(["'none'"]);
    expect(csp.get('form-action')).toEqual(["'none'"]);
  });
  test('names no host and no scheme but data: for images', () => {
    for (const [directive, sources] of csp) {
      for (const s of sources) {
        const ok = s === "'self'" || s === "'none'" || (s === "'unsafe-inline'" && directive === 'style-src') || (s === 'data:' && directive === 'img-src');
        expect(ok, `${directive} ${s}`).toBe(true);
      }
    }
  });
  test.skipIf(!existsSync(join(root, 'out/renderer/index.html')))('survives the build unchanged (out/renderer/index.html)', () => {
    expect(cspOf(read('out/renderer/index.html'))).toEqual(csp);
  });
});

describe('renderer sources never turn text into markup or code', () => {
  const sources = filesUnder('renderer', /\.(ts|svelte|js|mts)$/);
  test('there are sources to check', () => expect(sources.length).toBeGreaterThan(10));
  test('no {@html} in any Svelte component: briefing text is data', () => {
    const offenders = sources.filter((f) => f.endsWith('.svelte') && read(f).includes('{@html'));
    expect(offenders).toEqual([]);
  });
  test.each([
    ['innerHTML', /\binnerHTML\b/],
    ['outerHTML', /\bouterHTML\b/],
    ['insertAdjacentHTML', /\binsertAdjacentHTML\b/],
    ['document.write', /\bdocument\s*\.\s*write(ln)?\s*\(/],
    ['eval(', /(^|[^\w.$])eval\s*\(/m],
    ['new Function(', /\bnew\s+Function\s*\(/],
    ['setTimeout/setInterval with a string', /\bset(Timeout|Interval)\s*\(\s*['"`]/],
  ])('no %s', (_name, pattern) => {
    const offenders = sources.filter((f) => pattern.test(read(f)));
    expect(offenders).toEqual([]);
  });
});

describe('the preload exposes the contract and nothing of Electron', () => {
  const file = 'main/preload.ts';
  const source = ts.createSourceFile(file, read(file), ts.ScriptTarget.ES2022, true, ts.ScriptKind.TS);
  const exposed: { name: string; value: ts.Expression }[] = [];
  const visit = (node: ts.Node): void => {
    if (
      ts.isCallExpression(node) &&
      ts.isPropertyAccessExpression(node.expression) &&
      node.expression.name.text === 'exposeInMainWorld'
    ) {
      const [name, value] = node.arguments;
      if (name && value) exposed.push({ name: ts.isStringLiteral(name) ? name.text : name.getText(), value });
    }
    ts.forEachChild(node, visit);
  };
  visit(source);

  test('exactly window.puente and window.puenteFiles', () => {
    expect(exposed.map((e) => e.name)).toEqual(['puente', 'puenteFiles']);
  });
  test('window.puente is the contract: makeApi(…)', () => {
    const value = exposed.find((e) => e.name === 'puente')?.value;
    expect(value && ts.isCallExpression(value) && value.expression.getText()).toBe('makeApi');
  });
  test('window.puenteFiles has one method, pathForFile', () => {
    const value = exposed.find((e) => e.name === 'puenteFiles')?.value;
    expect(value && ts.isObjectLiteralExpression(value) && value.properties.map((p) => p.name?.getText())).toEqual(['pathForFile']);
  });
  test('ipcRenderer is only ever called (invoke, on, removeListener), never handed over', () => {
    const uses: string[] = [];
    const visitUse = (node: ts.Node): void => {
      if (ts.isIdentifier(node) && node.text === 'ipcRenderer' && !ts.isImportSpecifier(node.parent)) {
        const access = node.parent;
        const called = ts.isPropertyAccessExpression(access) && access.expression === node && ts.isCallExpression(access.parent) && access.parent.expression === access;
        uses.push(called ? `call ${access.name.text}` : `bare: ${node.parent.getText()}`);
      }
      ts.forEachChild(node, visitUse);
    };
    visitUse(source);
    expect(uses.length).toBeGreaterThan(0);
    for (const u of uses) expect(['call invoke', 'call on', 'call removeListener']).toContain(u);
  });
  test('nothing is put on window or globalThis directly', () => {
    expect(read(file)).not.toMatch(/\b(window|globalThis)\s*\.\s*\w+\s*=/);
  });
});
