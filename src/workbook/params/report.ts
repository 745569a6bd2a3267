/**
 * Findings of the parameters sheet: every message starts with the cell ("Parametri Premia!B7:")
 * and every finding selects it (and the other cell, for duplicates).
 */
import type { CellRef } from '../../domain/model';
import { finding, type Finding, type MessageParams, type Severity } from '../../domain/findings';
import { cellText } from './grid';

export class Reporter {
  readonly findings: Finding[] = [];

  /** A finding about `at`; `other` is the earlier cell of a duplicate, named as {otherCell}. */
  add(code: string, severity: Severity, at: CellRef, params: MessageParams = {}, other?: CellRef): void {
    const all: MessageParams = { cell: cellText(at), ...params };
    if (other) all.otherCell = cellText(other);
    this.findings.push(finding({ code, severity, params: all, cells: other ? [other, at] : [at] }));
  }

  error(code: string, at: CellRef, params: MessageParams = {}, other?: CellRef): void {
    this.add(code, 'error', at, params, other);
  }

  warning(code: string, at: CellRef, params: MessageParams = {}): void {
    this.add(code, 'warning', at, params);
  }
}
