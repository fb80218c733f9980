// Reads a tagged PDF back as Mozilla's pdf.js (Firefox's reader) exposes it to assistive technology: the structure
// tree of each page, every text chunk with the structure element it belongs to and the language it is read in, the
// link annotations' alternate descriptions, and the XMP packet.
import { readFileSync } from 'node:fs';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

/** A structure element as pdf.js gives it (getStructTree), with its parent filled in. */
export interface StructNode {
  role: string;
  alt?: string;
  lang?: string;
  children: (StructNode | { type: 'content' | 'object' | 'annotation'; id: string })[];
  parent?: StructNode | undefined;
}

/** One piece of drawn text, the structure elements around it (innermost first) and the language it is read in. */
export interface TextChunk {
  page: number;
  text: string;
  /** Roles from the innermost element outwards, e.g. ['Span', 'P', 'LBody', 'LI', 'L', 'Sect', 'Document']. */
  roles: string[];
  /** The nearest /Lang among the element and its ancestors, else the catalog's /Lang. */
  lang: string | undefined;
  /** The innermost element. */
  node: StructNode | undefined;
  /** Marked as an artifact: a screen reader skips it. */
  artifact: boolean;
}

export interface LinkAnnotation { page: number; contents: string | undefined; dest: unknown }

export interface ReadStructure {
  catalogLang: string | undefined;
  /** The document's structure trees, one per page (each holds only the elements with content on that page). */
  trees: StructNode[];
  chunks: TextChunk[];
  links: LinkAnnotation[];
  /** The raw XMP packet. */
  xmp: string | undefined;
}

function isNode(n: StructNode['children'][number]): n is StructNode {
  return 'role' in n;
}

/** Every element of `tree`, depth first. */
export function elements(tree: StructNode): StructNode[] {
  const out: StructNode[] = [];
  const walk = (n: StructNode): void => {
    out.push(n);
    for (const c of n.children) if (isNode(c)) walk(c);
  };
  walk(tree);
  return out;
}

/** The text chunks drawn inside `node` (including its descendants). */
export function textUnder(r: ReadStructure, node: StructNode): TextChunk[] {
  return r.chunks.filter((c) => {
    for (let n = c.node; n; n = n.parent) if (n === node) return true;
    return false;
  });
}

interface MarkedContentItem { type: string; id?: string | null; tag?: string }
interface TextItemLike { str: string }

export async function readStructure(file: string): Promise<ReadStructure> {
  const data = new Uint8Array(readFileSync(file));
  const pdf = await getDocument({ data, verbosity: 0, isEvalSupported: false, useSystemFonts: false }).promise;
  try {
    const meta = await pdf.getMetadata();
    const info = meta.info as { Language?: string };
    const xmp = meta.metadata?.getRaw();
    const trees: StructNode[] = [];
    const chunks: TextChunk[] = [];
    const links: LinkAnnotation[] = [];
    for (let p = 1; p <= pdf.numPages; p++) {
      const page = await pdf.getPage(p);
      const tree = ((await page.getStructTree()) ?? { role: 'Root', children: [] }) as StructNode;
      // Content ids → the element that owns them; parents filled in for language inheritance.
      const owner = new Map<string, StructNode>();
      const link = (n: StructNode, parent: StructNode | undefined): void => {
        n.parent = parent;
        for (const c of n.children) {
          if (isNode(c)) link(c, n);
          else if (c.type === 'content') owner.set(c.id, n);
        }
      };
      link(tree, undefined);
      trees.push(tree);
      const content = await page.getTextContent({ includeMarkedContent: true });
      // Marked-content nesting: each begin pushes its id (or an artifact), each end pops.
      const stack: (string | 'artifact' | null)[] = [];
      for (const item of content.items as (MarkedContentItem | TextItemLike)[]) {
        if ('type' in item && item.type === 'beginMarkedContentProps') stack.push(item.tag === 'Artifact' ? 'artifact' : (item.id ?? null));
        else if ('type' in item && item.type === 'beginMarkedContent') stack.push(item.tag === 'Artifact' ? 'artifact' : null);
        else if ('type' in item && item.type === 'endMarkedContent') stack.pop();
        else if ('str' in item && item.str.trim() !== '') {
          const artifact = stack.includes('artifact');
          const id = [...stack].reverse().find((s): s is string => typeof s === 'string' && s !== 'artifact');
          const node = id ? owner.get(id) : undefined;
          const roles: string[] = [];
          let lang: string | undefined;
          for (let n = node; n; n = n.parent) {
            if (n.role !== 'Root') roles.push(n.role);
            lang ??= n.lang;
          }
          chunks.push({ page: p, text: item.str, roles, lang: lang ?? info.Language, node, artifact });
        }
      }
      for (const a of (await page.getAnnotations()) as { subtype: string; contentsObj?: { str: string }; dest?: unknown }[]) {
        if (a.subtype === 'Link') links.push({ page: p, contents: a.contentsObj?.str || undefined, dest: a.dest });
      }
    }
    return { catalogLang: info.Language, trees, chunks, links, xmp };
  } finally {
    await pdf.destroy();
  }
}
