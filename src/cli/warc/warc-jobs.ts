/**
 * Turns the pages of WARC files into the CLI's page jobs, one record at a time (the pool pulls them, so a WARC of any
 * size is never held in memory), and tallies what was skipped and why for the run's summary.
 */
import type { PageJob } from '../process-page';
import { openWarc, type SkipReason, type WarcItem } from './read-warc';

export class WarcTally {
  readonly skipped = new Map<SkipReason, number>();
  readonly truncated: string[] = [];
  /** WARC files that could not be read at all (missing, unreadable). */
  readonly errors: string[] = [];
  pages = 0;

  /** "3 request, 1 non-html, 1 non-2xx skipped", or '' when nothing was. */
  skippedSummary(): string {
    const parts = [...this.skipped].sort(([a], [b]) => a.localeCompare(b)).map(([reason, n]) => `${n} ${reason}`);
    return parts.length ? `${parts.join(', ')} skipped` : '';
  }
}

/** The jobs of one WARC file; `base` carries the run's options (format, charset override …). */
export async function* warcJobs(path: string, base: Pick<PageJob, 'format' | 'charset'>, tally: WarcTally): AsyncGenerator<PageJob> {
  let items: AsyncGenerator<WarcItem>;
  try {
    items = await openWarc(path);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    tally.errors.push(`${path}: ${code === 'ENOENT' ? 'no such file' : `cannot be read (${code ?? (err as Error).message})`}`);
    return;
  }
  for await (const item of items) {
    if (item.kind === 'skipped') {
      tally.skipped.set(item.reason, (tally.skipped.get(item.reason) ?? 0) + 1);
      continue;
    }
    if (item.kind === 'truncated') {
      tally.truncated.push(item.message);
      continue;
    }
    tally.pages++;
    const { provenance } = item;
    const date = Date.parse(provenance.date);
    yield {
      path: `${provenance.file}@${provenance.offset ?? provenance.recordId}`,
      html: Buffer.from(item.body.buffer, item.body.byteOffset, item.body.byteLength).toString('latin1'),
      url: provenance.targetUri || null,
      // The server's Content-Type charset first (as a browser), then --charset, then the page's own <meta>.
      charset: item.charset ?? base.charset,
      format: base.format,
      // The capture time is the access time, so the same WARC gives the same output whenever it is read.
      accessedAt: Number.isNaN(date) ? new Date(0).toISOString() : new Date(date).toISOString(),
      warc: provenance,
    };
  }
}
