/** A one-line progress bar on stderr, drawn only on a terminal and never more than ten times a second. */
export class Progress {
  private last = 0;
  constructor(
    private readonly total: number,
    private readonly enabled: boolean,
  ) {}

  tick(done: number, failed: number): void {
    if (!this.enabled) return;
    const now = Date.now();
    if (done < this.total && now - this.last < 100) return;
    this.last = now;
    const width = 24;
    const filled = Math.round((done / this.total) * width);
    const bar = '█'.repeat(filled) + '░'.repeat(width - filled);
    process.stderr.write(`\r${bar} ${done}/${this.total}${failed ? ` (${failed} failed)` : ''}`);
    if (done === this.total) process.stderr.write('\n');
  }
}
