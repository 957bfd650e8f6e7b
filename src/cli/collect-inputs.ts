/**
 * Expands the command line's inputs into page files: files as given, folders walked for saved pages, globs
 * (`*`, `**`, `?`) matched by lucid itself so they work the same in every shell. Order is stable (sorted).
 */
import { readdir, stat } from 'node:fs/promises';
import { isAbsolute, join, sep } from 'node:path';
import { glob } from 'tinyglobby';

/** Saved pages, and web archives (WARC), whose pages are read record by record. */
const PAGE_FILE = /\.(html?|xhtml|warc)(\.gz)?$/i;

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

/**
 * tinyglobby (fdir + picomatch) rather than a hand-written matcher: the same files on a tree of 10,000 (`**`, `*`, `?`),
 * faster, and the rest of the glob syntax (braces, classes). Hidden files and node_modules stay out, as the
 * folder walk leaves them out; the order is sorted, so output does not depend on the file system's.
 */
async function expandGlob(pattern: string): Promise<string[]> {
  const found = await glob(pattern.split(sep).join('/'), {
    absolute: isAbsolute(pattern),
    dot: false,
    expandDirectories: false,
  });
  // Filtered here rather than by an ignore pattern, which tinyglobby reads relative to the working folder only.
  return found
    .filter((f) => !f.split('/').includes('node_modules'))
    .map((f) => f.split('/').join(sep))
    .sort((a, b) => a.localeCompare(b));
}
