/**
 * Progress on stderr: a step line per stage when stderr is a terminal (never on stdout, so
 * --json output stays one JSON document). Silent in pipes and tests.
 */
export class Progress {
  readonly quiet: boolean;
  private readonly started = Date.now();
  private steps = 0;

  constructor(
    json: boolean,
    private readonly stream: NodeJS.WriteStream = process.stderr,
  ) {
    this.quiet = !stream.isTTY || process.env.CI === 'true' || (json && !stream.isTTY);
  }

  step(label: string): void {
    this.steps += 1;
    if (this.quiet) return;
    const seconds = ((Date.now() - this.started) / 1000).toFixed(1);
    const bar = '█'.repeat(this.steps).padEnd(6, '░');
    this.stream.write(`\r${bar} ${label} (${seconds} s)\x1b[K`);
  }

  done(): void {
    if (!this.quiet && this.steps > 0) this.stream.write('\r\x1b[K');
  }
}
