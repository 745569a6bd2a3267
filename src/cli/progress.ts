/**
 * Progress on stderr: a step line per stage when stderr is a terminal (never on stdout, so
 * --json output stays one JSON document). Silent in pipes and tests.
 */
export class Progress {
  readonly quiet: boolean;
  private readonly started = Date.now();
  private steps = 0;
  /** Whether a progress line is on screen (to clear before anything else is written). */
  private shown = false;

  constructor(
    json: boolean,
    private readonly stream: NodeJS.WriteStream = process.stderr,
  ) {
    this.quiet = !stream.isTTY || process.env.CI === 'true' || (json && !stream.isTTY);
  }

  step(label: string): void {
    this.steps += 1;
    if (this.quiet) return;
    this.shown = true;
    const seconds = ((Date.now() - this.started) / 1000).toFixed(1);
    const bar = '█'.repeat(this.steps).padEnd(6, '░');
    this.stream.write(`\r${bar} ${label} (${seconds} s)\x1b[K`);
  }

  /** Clears the progress line, once: a line written after it starts on a clean line. */
  done(): void {
    if (!this.shown) return;
    this.stream.write('\r\x1b[K');
    this.shown = false;
  }
}
