/**
 * Expands the command line's inputs into page files: files as given, folders walked for saved pages, globs
 * (`*`, `**`, `?`) matched by lucid itself so they work the same in every shell. Order is stable (sorted).
 */
import { readdir, stat } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';

const PAGE_FILE = /\.(html?|xhtml)(\.gz)?$/i;

export interface InputList {
  files: string[];
  /** Inputs that matched nothing (a missing path or an empty glob): reported, never silently dropped. */
  unmatched: string[];
}

export async function collectInputs(inputs: string[]): Promise<InputList> {
  const files: string[] = [];
  const unmatched: string[] = [];
  for (const input of inputs) {
    if (input === '-') {
      files.push('-');
      continue;
    }
    if (/[*?]/.test(input)) {
      const matched = await expandGlob(input);
      if (matched.length === 0) unmatched.push(input);
      files.push(...matched);
      continue;
    }
    const info = await stat(input).catch(() => null);
    if (info?.isDirectory()) {
      const found = (await walk(input)).filter((f) => PAGE_FILE.test(f));
      if (found.length === 0) unmatched.push(input);
      files.push(...found);
    } else {
      files.push(input); // missing files are reported by the reader with a clear message
    }
  }
  return { files: [...new Set(files)], unmatched };
}

async function walk(dir: string): Promise<string[]> {
  const out: string[] = [];
  const entries = await readdir(dir, { withFileTypes: true }).catch(() => []);
  for (const e of entries.sort((a, b) => a.name.localeCompare(b.name))) {
    if (e.name.startsWith('.') || e.name === 'node_modules') continue;
    const p = join(dir, e.name);
    if (e.isDirectory()) out.push(...(await walk(p)));
    else if (e.isFile()) out.push(p);
  }
  return out;
}

async function expandGlob(pattern: string): Promise<string[]> {
  const parts = pattern.split(/[\\/]/);
  const firstWild = parts.findIndex((p) => /[*?]/.test(p));
  const root = parts.slice(0, firstWild).join(sep) || '.';
  const re = globToRegExp(parts.slice(firstWild).join('/'));
  const files = await walk(root);
  return files.filter((f) => re.test(relative(root, f).split(sep).join('/')));
}

export function globToRegExp(glob: string): RegExp {
  let re = '';
  for (let i = 0; i < glob.length; i++) {
    const c = glob[i];
    if (c === '*' && glob[i + 1] === '*') {
      re += glob[i + 2] === '/' ? '(?:.*/)?' : '.*';
      i += glob[i + 2] === '/' ? 2 : 1;
    } else if (c === '*') re += '[^/]*';
    else if (c === '?') re += '[^/]';
    else re += c.replace(/[.+^${}()|[\]\\]/g, '\\$&');
  }
  return new RegExp(`^${re}$`);
}
