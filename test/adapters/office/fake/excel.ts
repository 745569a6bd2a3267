/**
 * A fake of the Office.js Excel API, exactly the subset the adapter uses, with Office.js's
 * batch semantics (tests only):
 * - proxy objects: a property read before `load()` and `context.sync()` throws PropertyNotLoaded;
 * - every write and load is queued and applied, in order, at `sync()`; an operation that fails
 *   leaves the earlier ones of its request applied and drops the rest, as Excel does;
 * - syncs are counted and each request's payload is estimated (JSON of the queued writes plus a
 *   fixed cost per operation); an optional payload limit refuses a whole request with
 *   RequestPayloadSizeLimitExceeded before anything of it is applied; each response's size is
 *   estimated too (JSON of the properties loaded) and an optional limit refuses it with
 *   ResponsePayloadSizeLimitExceeded, nothing of it loaded (Excel on the web: 5 MB each way);
 * - protected sheets and a protected structure refuse writes (AccessDenied); the N-th write
 *   operation can be made to fail (once), to test recovery at every step;
 * - Excel's rules the adapter must respect are enforced: unique sheet and table names, no text
 *   turned into a formula only when its cell is text-formatted, header cells of a new table
 *   become text, the last visible sheet cannot go.
 *
 * office-addin-mock was not used: its mock objects are plain data trees whose writes apply at
 * once; it counts no syncs, estimates no payload, cannot fail a request part-way, and
 * collections (getItem, add, items) would all have to be hand-written anyway.
 */
import type { CellRange } from '../../../../src/workbook/port';
import { cellAddress, columnIndex, parseRange, quoteSheet, rangeAddress } from '../../../../src/workbook/a1';
import type { ExcelRun } from '../../../../src/adapters/office';
import { FakeSheet } from './model';
import type { FakeBook, FakeConditionalFormat, FakeTable, Stored, Visibility } from './model';

export class FakeOfficeError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

/** Fixed cost of one queued operation in the payload estimate. */
export const FAKE_OP_BYTES = 60;

export interface FakeOptions {
  /** Requests whose estimated payload exceeds this fail with RequestPayloadSizeLimitExceeded. */
  payloadLimit?: number;
  /** Responses whose estimated size exceeds this fail with ResponsePayloadSizeLimitExceeded. */
  responseLimit?: number;
  /** The N-th write operation (1-based, counted over the fake's life) fails, once. */
  failAtWrite?: number;
  /** Code of the injected failure. */
  failCode?: string;
  /** The user is editing a cell: every request fails with InvalidOperationInCellEditMode. */
  editMode?: boolean;
}

interface Op {
  write: boolean;
  bytes: number;
  /** Applies the operation; a load returns the estimated bytes of what it loaded. */
  apply: () => number | void;
  /** Takes a load back when the response it belongs to is refused. */
  revert?: () => void;
}

export interface RequestRecord {
  payload: number;
  /** Estimated size of the response: JSON of every property loaded. */
  response: number;
  writes: number;
  /** The estimated payload of each queued write, with a label. */
  ops: { label: string; bytes: number }[];
  ok: boolean;
}

const MAX_ROW = 1048575;
const MAX_COL = 16383;

/** "A1:B2", "A:C", "3:5" on a sheet. */
function parseAnyRange(address: string): CellRange {
  const bare = address.includes('!') ? address.slice(address.lastIndexOf('!') + 1) : address;
  const plain = bare.replace(/\$/g, '');
  const cols = /^([A-Za-z]+):([A-Za-z]+)$/.exec(plain);
  if (cols) return { top: 0, bottom: MAX_ROW, left: columnIndex(cols[1]), right: columnIndex(cols[2]) };
  const rows = /^(\d+):(\d+)$/.exec(plain);
  if (rows) return { top: Number(rows[1]) - 1, bottom: Number(rows[2]) - 1, left: 0, right: MAX_COL };
  return parseRange(plain);
}

function valueType(v: Stored | undefined): string {
  if (v === undefined) return 'Empty';
  if (typeof v === 'object') return 'Error';
  if (typeof v === 'string') return 'String';
  if (typeof v === 'boolean') return 'Boolean';
  return Number.isInteger(v) ? 'Integer' : 'Double';
}

export class FakeExcel {
  readonly book: FakeBook;
  syncs = 0;
  writes = 0;
  readonly requests: RequestRecord[] = [];
  runs = 0;

  constructor(
    book: FakeBook,
    public options: FakeOptions = {},
  ) {
    this.book = book;
  }

  /** The `run` the adapter takes: a fresh context per batch, like Excel.run. */
  readonly run: ExcelRun = <T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T> => {
    this.runs++;
    // The fake implements only the subset the adapter uses; the cast is the test boundary.
    return batch(new FakeContext(this) as unknown as Excel.RequestContext);
  };

  /** Requests with at least one write. */
  get writeRequests(): RequestRecord[] {
    return this.requests.filter((r) => r.writes > 0);
  }
}

export class FakeContext {
  readonly workbook: WorkbookProxy;
  private queue: (Op & { label: string })[] = [];

  constructor(readonly fake: FakeExcel) {
    this.workbook = new WorkbookProxy(this);
  }

  get book(): FakeBook {
    return this.fake.book;
  }

  enqueueLoad(apply: () => number | void, revert?: () => void): void {
    this.queue.push({ write: false, bytes: FAKE_OP_BYTES, apply, revert, label: 'load' });
  }

  enqueueWrite(label: string, args: unknown, apply: () => void, sheet?: () => FakeSheet | undefined): void {
    const bytes = FAKE_OP_BYTES + (JSON.stringify(args ?? null)?.length ?? 0);
    this.queue.push({
      write: true,
      bytes,
      label,
      apply: () => {
        if (this.book.readOnly) throw new FakeOfficeError('AccessDenied', 'The workbook is read-only.');
        const s = sheet?.();
        if (s?.protected) throw new FakeOfficeError('AccessDenied', `The sheet ${s.name} is protected.`);
        apply();
      },
    });
  }

  /** Structure changes (add, delete, rename, move, hide sheets). */
  enqueueStructure(label: string, args: unknown, apply: () => void): void {
    this.enqueueWrite(label, args, () => {
      if (this.book.structureProtected)
        throw new FakeOfficeError('AccessDenied', 'The workbook structure is protected.');
      apply();
    });
  }

  async sync(): Promise<void> {
    const fake = this.fake;
    const queue = this.queue;
    this.queue = [];
    fake.syncs++;
    const writes = queue.filter((op) => op.write);
    const record: RequestRecord = {
      payload: queue.reduce((n, op) => n + op.bytes, 0),
      writes: writes.length,
      ops: writes.map((op) => ({ label: op.label, bytes: op.bytes })),
      response: 0,
      ok: false,
    };
    fake.requests.push(record);
    await Promise.resolve(); // a round trip
    if (fake.options.editMode)
      throw new FakeOfficeError('InvalidOperationInCellEditMode', 'The user is editing a cell.');
    if (fake.options.payloadLimit !== undefined && record.payload > fake.options.payloadLimit)
      throw new FakeOfficeError('RequestPayloadSizeLimitExceeded', `Request of ${record.payload} bytes.`);
    for (const op of queue) {
      if (op.write) {
        fake.writes++;
        if (fake.writes === fake.options.failAtWrite)
          throw new FakeOfficeError(
            fake.options.failCode ?? 'GeneralException',
            `Injected failure at write ${fake.writes} (${op.label}).`,
          );
      }
      record.response += op.apply() ?? 0;
    }
    if (fake.options.responseLimit !== undefined && record.response > fake.options.responseLimit) {
      for (const op of queue) op.revert?.();
      throw new FakeOfficeError('ResponsePayloadSizeLimitExceeded', `Response of ${record.response} bytes.`);
    }
    record.ok = true;
  }
}

/** The load/sync discipline shared by every proxy. */
class ClientObject {
  protected loadedProps = new Set<string>();
  protected data: Record<string, unknown> = {};
  private nullChecked = false;
  private nullObject = false;

  constructor(protected readonly ctx: FakeContext) {}

  /** The values of the given properties, computed when the load runs; undefined: a null object. */
  protected read(_prop: string): unknown {
    throw new FakeOfficeError('InvalidArgument', `Cannot load ${_prop}`);
  }

  /** Whether the object exists (null objects of *OrNullObject methods do not). */
  protected exists(): boolean {
    return true;
  }

  load(props?: string | string[]): this {
    const list = (Array.isArray(props) ? props : (props ?? '').split(','))
      .map((p) => p.trim())
      .filter(Boolean);
    this.ctx.enqueueLoad(
      () => {
        this.nullChecked = true;
        this.nullObject = !this.exists();
        return this.nullObject ? 0 : this.loadNow(list);
      },
      () => {
        this.nullChecked = false;
        for (const p of list) this.loadedProps.delete(p);
      },
    );
    return this;
  }

  /**
   * Loads properties at once (a collection's load runs inside a sync already) and returns the
   * estimated bytes of the response: JSON of each property with its name.
   */
  loadNow(props: string[]): number {
    this.nullChecked = true;
    let bytes = 0;
    for (const p of props) {
      this.data[p] = this.read(p);
      this.loadedProps.add(p);
      bytes += p.length + 3 + (JSON.stringify(this.data[p])?.length ?? 4);
    }
    return bytes;
  }

  /** Records whether the object exists (its load ran); true when it does. */
  protected markExists(): boolean {
    this.nullChecked = true;
    this.nullObject = !this.exists();
    return !this.nullObject;
  }

  get isNullObject(): boolean {
    if (!this.nullChecked) throw new FakeOfficeError('PropertyNotLoaded', 'isNullObject read before sync');
    return this.nullObject;
  }

  protected get<T>(prop: string): T {
    if (!this.loadedProps.has(prop))
      throw new FakeOfficeError(
        'PropertyNotLoaded',
        `The property '${prop}' is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context.`,
      );
    return this.data[prop] as T;
  }
}

/** A lazily bound reference: resolved when the first operation using it runs, then kept. */
class Ref<T> {
  private value: T | undefined;
  constructor(private readonly find: () => T | undefined) {}
  peek(): T | undefined {
    if (this.value === undefined) this.value = this.find();
    return this.value;
  }
  get(): T {
    const v = this.peek();
    if (v === undefined) throw new FakeOfficeError('ItemNotFound', 'The requested resource does not exist.');
    return v;
  }
  set(v: T): void {
    this.value = v;
  }
}

class WorkbookProxy extends ClientObject {
  readonly worksheets: WorksheetCollectionProxy;
  readonly tables: TableCollectionProxy;
  readonly names: NamedItemCollectionProxy;
  readonly protection: WorkbookProtectionProxy;

  constructor(ctx: FakeContext) {
    super(ctx);
    this.worksheets = new WorksheetCollectionProxy(ctx);
    this.tables = new TableCollectionProxy(ctx, undefined);
    this.names = new NamedItemCollectionProxy(ctx);
    this.protection = new WorkbookProtectionProxy(ctx);
  }

  protected override read(prop: string): unknown {
    if (prop === 'readOnly') return this.ctx.book.readOnly;
    return super.read(prop);
  }

  get readOnly(): boolean {
    return this.get('readOnly');
  }
}

class WorkbookProtectionProxy extends ClientObject {
  protected override read(prop: string): unknown {
    if (prop === 'protected') return this.ctx.book.structureProtected;
    return super.read(prop);
  }
  get protected(): boolean {
    return this.get('protected');
  }
}

/** Collections load 'items/a,items/b': every current item gets those properties. */
abstract class CollectionProxy<P extends ClientObject, E> extends ClientObject {
  private itemProxies: P[] | undefined;

  protected abstract entities(): E[];
  protected abstract proxyFor(entity: E): P;

  override load(props?: string | string[]): this {
    const list = (Array.isArray(props) ? props : (props ?? '').split(','))
      .map((p) => p.trim().replace(/^items\//, ''))
      .filter(Boolean);
    this.ctx.enqueueLoad(
      () => {
        if (!this.markExists()) return 0; // a null collection: no items to read
        let bytes = 0;
        this.itemProxies = this.entities().map((e) => {
          const p = this.proxyFor(e);
          bytes += p.loadNow(list);
          return p;
        });
        return bytes;
      },
      () => (this.itemProxies = undefined),
    );
    return this;
  }

  get items(): P[] {
    if (!this.itemProxies)
      throw new FakeOfficeError('PropertyNotLoaded', "The property 'items' is not available.");
    return this.itemProxies;
  }
}

class WorksheetCollectionProxy extends CollectionProxy<WorksheetProxy, FakeSheet> {
  protected entities(): FakeSheet[] {
    return this.ctx.book.sheets;
  }
  protected proxyFor(sheet: FakeSheet): WorksheetProxy {
    const ref = new Ref(() => sheet);
    return new WorksheetProxy(this.ctx, ref);
  }

  getItem(key: string): WorksheetProxy {
    return new WorksheetProxy(this.ctx, new Ref(() => this.ctx.book.sheet(key)));
  }

  getItemOrNullObject(key: string): WorksheetProxy {
    return new WorksheetProxy(this.ctx, new Ref(() => this.ctx.book.sheet(key)), true);
  }

  add(name: string): WorksheetProxy {
    const ref = new Ref<FakeSheet>(() => undefined);
    const book = this.ctx.book;
    this.ctx.enqueueStructure('worksheets.add', name, () => {
      if (book.sheet(name)) throw new FakeOfficeError('ItemAlreadyExists', `A sheet named ${name} exists.`);
      const sheet = new FakeSheet(book.newId('sheet'), name);
      book.sheets.push(sheet);
      ref.set(sheet);
    });
    return new WorksheetProxy(this.ctx, ref);
  }
}

class WorksheetProxy extends ClientObject {
  constructor(
    ctx: FakeContext,
    readonly ref: Ref<FakeSheet>,
    private readonly nullable = false,
  ) {
    super(ctx);
  }

  protected override exists(): boolean {
    if (this.nullable) return this.ref.peek() !== undefined;
    this.ref.get();
    return true;
  }

  /** A null object's sheet: what is reached from it is a null object too (null-object chaining). */
  missing(): boolean {
    return this.nullable && this.ref.peek() === undefined;
  }

  protected override read(prop: string): unknown {
    const s = this.ref.get();
    const book = this.ctx.book;
    switch (prop) {
      case 'name':
        return s.name;
      case 'id':
        return s.id;
      case 'position':
        return book.sheets.indexOf(s);
      case 'visibility':
        return s.visibility;
      case 'tabColor':
        return s.tabColor;
      default:
        return super.read(prop);
    }
  }

  get name(): string {
    return this.get('name');
  }
  set name(value: string) {
    const book = this.ctx.book;
    this.ctx.enqueueStructure('worksheet.name', value, () => {
      const s = this.ref.get();
      const other = book.sheet(value);
      if (other && other !== s)
        throw new FakeOfficeError('ItemAlreadyExists', `A sheet named ${value} exists.`);
      s.name = value;
    });
  }
  get id(): string {
    return this.get('id');
  }
  get position(): number {
    return this.get('position');
  }
  set position(value: number) {
    const book = this.ctx.book;
    this.ctx.enqueueStructure('worksheet.position', value, () => {
      const s = this.ref.get();
      book.sheets.splice(book.sheets.indexOf(s), 1);
      book.sheets.splice(Math.min(Math.max(value, 0), book.sheets.length), 0, s);
    });
  }
  get visibility(): Visibility {
    return this.get('visibility');
  }
  set visibility(value: Visibility) {
    const book = this.ctx.book;
    this.ctx.enqueueStructure('worksheet.visibility', value, () => {
      const s = this.ref.get();
      if (value !== 'Visible' && book.sheets.every((o) => o === s || o.visibility !== 'Visible'))
        throw new FakeOfficeError('InvalidOperation', 'The last visible sheet cannot be hidden.');
      s.visibility = value;
    });
  }
  get tabColor(): string {
    return this.get('tabColor');
  }
  set tabColor(value: string) {
    this.ctx.enqueueWrite(
      'worksheet.tabColor',
      value,
      () => (this.ref.get().tabColor = value),
      () => this.ref.peek(),
    );
  }

  // Navigation properties give the same proxy each time, as in Office.js.
  private nav: {
    protection?: WorksheetProtectionProxy;
    tables?: TableCollectionProxy;
    charts?: ChartCollectionProxy;
  } = {};
  get protection(): WorksheetProtectionProxy {
    return (this.nav.protection ??= new WorksheetProtectionProxy(this.ctx, this.ref, () => this.missing()));
  }
  get tables(): TableCollectionProxy {
    return (this.nav.tables ??= new TableCollectionProxy(this.ctx, this.ref, () => this.missing()));
  }
  get charts(): ChartCollectionProxy {
    return (this.nav.charts ??= new ChartCollectionProxy(this.ctx, this.ref));
  }
  get freezePanes() {
    return {
      freezeRows: (count: number) =>
        this.ctx.enqueueWrite(
          'freezePanes.freezeRows',
          count,
          () => (this.ref.get().frozenRows = count),
          () => this.ref.peek(),
        ),
    };
  }

  getRange(address?: string): RangeProxy {
    const box =
      address === undefined ? { top: 0, left: 0, bottom: MAX_ROW, right: MAX_COL } : parseAnyRange(address);
    return new RangeProxy(this.ctx, this.ref, () => box);
  }

  /** Rows and columns counted from 0, as Office.js does. */
  getRangeByIndexes(
    startRow: number,
    startColumn: number,
    rowCount: number,
    columnCount: number,
  ): RangeProxy {
    if (rowCount < 1 || columnCount < 1 || startRow < 0 || startColumn < 0)
      throw new FakeOfficeError('InvalidArgument', 'getRangeByIndexes: bad size.');
    const box = {
      top: startRow,
      left: startColumn,
      bottom: startRow + rowCount - 1,
      right: startColumn + columnCount - 1,
    };
    return new RangeProxy(this.ctx, this.ref, () => box);
  }

  /**
   * Bound once, when its first operation runs (as Excel binds a proxy to a range). On a null
   * sheet (getItemOrNullObject of a missing one) it is a null object too, as in Office.js.
   */
  getUsedRangeOrNullObject(valuesOnly?: boolean): RangeProxy {
    let bound: { box: CellRange | null } | undefined;
    const box = () =>
      (bound ??= { box: this.missing() ? null : this.ref.get().usedRange(valuesOnly === true) }).box;
    return new RangeProxy(this.ctx, this.ref, box, true);
  }

  delete(): void {
    const book = this.ctx.book;
    this.ctx.enqueueStructure('worksheet.delete', null, () => {
      const s = this.ref.get();
      if (s.visibility === 'Visible' && book.sheets.every((o) => o === s || o.visibility !== 'Visible'))
        throw new FakeOfficeError('InvalidOperation', 'The last visible sheet cannot be deleted.');
      book.sheets.splice(book.sheets.indexOf(s), 1);
      book.tables = book.tables.filter((t) => t.sheet !== s);
      if (book.active === s) book.active = book.sheets.find((o) => o.visibility === 'Visible');
    });
  }

  activate(): void {
    this.ctx.enqueueWrite('worksheet.activate', null, () => {
      const s = this.ref.get();
      if (s.visibility !== 'Visible')
        throw new FakeOfficeError('InvalidOperation', 'A hidden sheet cannot be activated.');
      this.ctx.book.active = s;
    });
  }
}

class WorksheetProtectionProxy extends ClientObject {
  constructor(
    ctx: FakeContext,
    private readonly sheet: Ref<FakeSheet>,
    private readonly missing: () => boolean = () => false,
  ) {
    super(ctx);
  }
  protected override exists(): boolean {
    return !this.missing();
  }
  protected override read(prop: string): unknown {
    if (prop === 'protected') return this.sheet.get().protected;
    return super.read(prop);
  }
  get protected(): boolean {
    return this.get('protected');
  }
}

class RangeProxy extends ClientObject {
  constructor(
    ctx: FakeContext,
    private readonly sheet: Ref<FakeSheet>,
    private readonly box: () => CellRange | null,
    private readonly nullable = false,
  ) {
    super(ctx);
  }

  protected override exists(): boolean {
    return !this.nullable || this.box() !== null;
  }

  private grid<T>(f: (s: FakeSheet, r: number, c: number) => T): T[][] {
    const s = this.sheet.get();
    const b = this.box()!;
    const out: T[][] = [];
    for (let r = b.top; r <= b.bottom; r++) {
      const row: T[] = [];
      for (let c = b.left; c <= b.right; c++) row.push(f(s, r, c));
      out.push(row);
    }
    return out;
  }

  protected override read(prop: string): unknown {
    const s = this.sheet.get();
    const b = this.box()!;
    switch (prop) {
      case 'address':
        return `${quoteSheet(s.name)}!${rangeAddress(b)}`;
      case 'values':
        return this.grid((sh, r, c) => {
          const v = sh.get(r, c);
          if (v === undefined) return '';
          return typeof v === 'object' ? v.error : v;
        });
      case 'valueTypes':
        return this.grid((sh, r, c) => valueType(sh.get(r, c)));
      case 'numberFormat':
        return this.grid((sh, r, c) => sh.format(r, c));
      case 'formulas':
        return this.grid((sh, r, c) => {
          const f = sh.formula(r, c);
          if (f !== undefined) return f;
          const v = sh.get(r, c);
          if (v === undefined) return '';
          return typeof v === 'object' ? v.error : v;
        });
      case 'rowIndex':
        return b.top;
      case 'columnIndex':
        return b.left;
      case 'rowCount':
        return b.bottom - b.top + 1;
      case 'columnCount':
        return b.right - b.left + 1;
      case 'rowHidden':
      case 'columnHidden': {
        const rows = prop === 'rowHidden';
        const set = rows ? s.hiddenRows : s.hiddenColumns;
        const [lo, hi] = rows ? [b.top, b.bottom] : [b.left, b.right];
        let hidden = 0;
        for (const i of set) if (i >= lo && i <= hi) hidden++;
        return hidden === 0 ? false : hidden === hi - lo + 1 ? true : null;
      }
      default:
        return super.read(prop);
    }
  }

  get address(): string {
    return this.get('address');
  }
  get values(): unknown[][] {
    return this.get('values');
  }
  get valueTypes(): string[][] {
    return this.get('valueTypes');
  }
  get numberFormat(): unknown[][] {
    return this.get('numberFormat');
  }
  get formulas(): unknown[][] {
    return this.get('formulas');
  }
  get rowIndex(): number {
    return this.get('rowIndex');
  }
  get columnIndex(): number {
    return this.get('columnIndex');
  }
  get rowCount(): number {
    return this.get('rowCount');
  }
  get columnCount(): number {
    return this.get('columnCount');
  }
  get rowHidden(): boolean | null {
    return this.get('rowHidden');
  }
  get columnHidden(): boolean | null {
    return this.get('columnHidden');
  }

  private checkShape(label: string, grid: unknown[][]): void {
    const b = this.box()!;
    if (grid.length !== b.bottom - b.top + 1 || grid.some((row) => row.length !== b.right - b.left + 1))
      throw new FakeOfficeError('InvalidArgument', `${label}: the array does not match the range's size.`);
  }

  set numberFormat(grid: unknown[][]) {
    this.ctx.enqueueWrite(
      'range.numberFormat',
      grid,
      () => {
        this.checkShape('numberFormat', grid);
        const b = this.box()!;
        const s = this.sheet.get();
        grid.forEach((row, i) =>
          row.forEach((f, j) => {
            if (f !== null && f !== undefined) s.setFormat(b.top + i, b.left + j, String(f));
          }),
        );
      },
      () => this.sheet.peek(),
    );
  }

  /**
   * Excel's typing rules for a value written into a cell: in a text-formatted cell a string is
   * kept as it is; elsewhere "=..." (and "+...", "-...", "@..." that are not numbers) becomes a
   * formula and a numeric string becomes a number.
   */
  set values(grid: unknown[][]) {
    this.ctx.enqueueWrite(
      'range.values',
      grid,
      () => {
        this.checkShape('values', grid);
        const b = this.box()!;
        const s = this.sheet.get();
        grid.forEach((row, i) =>
          row.forEach((v, j) => {
            if (v === null || v === undefined) return;
            const r = b.top + i;
            const c = b.left + j;
            s.setFormula(r, c, undefined);
            if (typeof v !== 'string') return s.set(r, c, v as Stored);
            if (v === '') return s.set(r, c, undefined);
            if (s.format(r, c) === '@') return s.set(r, c, v);
            if (v.trim() !== '' && Number.isFinite(Number(v))) return s.set(r, c, Number(v));
            if (/^[=+\-@]./.test(v)) {
              s.setFormula(r, c, v.startsWith('=') ? v : `=${v}`);
              return s.set(r, c, { error: '#NAME?' }); // the fake computes nothing
            }
            s.set(r, c, v);
          }),
        );
      },
      () => this.sheet.peek(),
    );
  }

  set hyperlink(link: { documentReference?: string; textToDisplay?: string }) {
    this.ctx.enqueueWrite(
      'range.hyperlink',
      link,
      () => {
        const b = this.box()!;
        const s = this.sheet.get();
        s.setLink(b.top, b.left, link);
        if (link.textToDisplay !== undefined) s.set(b.top, b.left, link.textToDisplay);
      },
      () => this.sheet.peek(),
    );
  }

  get format() {
    const each = (label: string, args: unknown, f: (s: FakeSheet, r: number, c: number) => void) =>
      this.ctx.enqueueWrite(
        label,
        args,
        () => {
          const b = this.box()!;
          const s = this.sheet.get();
          // A whole column (A:A) is a million rows: its first thousand stand for it.
          const bottom = b.bottom - b.top > 100_000 ? b.top + 1000 : b.bottom;
          for (let r = b.top; r <= bottom; r++) for (let c = b.left; c <= b.right; c++) f(s, r, c);
        },
        () => this.sheet.peek(),
      );
    const setWidth = (points: number) =>
      this.ctx.enqueueWrite(
        'format.columnWidth',
        points,
        () => {
          const b = this.box()!;
          for (let c = b.left; c <= b.right; c++) this.sheet.get().columnWidths.set(c, points);
        },
        () => this.sheet.peek(),
      );
    return {
      set columnWidth(points: number) {
        setWidth(points);
      },
      set wrapText(value: boolean) {
        each('format.wrapText', value, (s, r, c) => value && s.setWrapped(r, c));
      },
      font: {
        set bold(value: boolean) {
          each('font.bold', value, (s, r, c) => value && s.setBold(r, c));
        },
        set color(value: string) {
          each('font.color', value, (s, r, c) => (s.font(r, c).color = value));
        },
        set underline(value: string) {
          each('font.underline', value, (s, r, c) => (s.font(r, c).underline = value));
        },
      },
    };
  }

  getMergedAreasOrNullObject(): RangeAreasProxy {
    return new RangeAreasProxy(this.ctx, this.sheet, () => {
      const b = this.box()!;
      return this.sheet
        .get()
        .merges.filter(
          (m) => m.top <= b.bottom && m.bottom >= b.top && m.left <= b.right && m.right >= b.left,
        );
    });
  }

  /** Only 'Visible' is faked: rectangles of visible row runs x visible column runs. */
  getSpecialCellsOrNullObject(type: string): RangeAreasProxy {
    if (type !== 'Visible') throw new Error(`fake: special cells ${type} not implemented`);
    return new RangeAreasProxy(this.ctx, this.sheet, () => {
      const s = this.sheet.get();
      // Like Excel, special cells never reach past the sheet's used range (formats included).
      const used = s.usedRange(false);
      if (!used) return [];
      const b = this.box()!;
      const area = {
        top: Math.max(b.top, 0),
        left: Math.max(b.left, 0),
        bottom: Math.min(b.bottom, Math.max(used.bottom, ...s.hiddenRows)),
        right: Math.min(b.right, Math.max(used.right, ...s.hiddenColumns)),
      };
      const runs = (lo: number, hi: number, hidden: Set<number>): [number, number][] => {
        const out: [number, number][] = [];
        for (let i = lo; i <= hi; i++) {
          if (hidden.has(i)) continue;
          const last = out[out.length - 1];
          if (last && last[1] === i - 1) last[1] = i;
          else out.push([i, i]);
        }
        return out;
      };
      const rows = runs(area.top, area.bottom, s.hiddenRows);
      const cols = runs(area.left, area.right, s.hiddenColumns);
      return rows.flatMap(([top, bottom]) => cols.map(([left, right]) => ({ top, bottom, left, right })));
    });
  }

  get conditionalFormats(): ConditionalFormatCollectionProxy {
    return new ConditionalFormatCollectionProxy(this.ctx, this.sheet, this.box);
  }

  select(): void {
    this.ctx.enqueueWrite('range.select', null, () => {
      const s = this.sheet.get();
      if (this.ctx.book.active !== s)
        throw new FakeOfficeError('InvalidSelection', 'Select on an inactive sheet.');
      this.ctx.book.selection = { sheet: s.name, address: rangeAddress(this.box()!) };
    });
  }
}

class RangeAreasProxy extends ClientObject {
  constructor(
    ctx: FakeContext,
    private readonly sheet: Ref<FakeSheet>,
    private readonly areas: () => CellRange[],
  ) {
    super(ctx);
  }
  protected override exists(): boolean {
    return this.areas().length > 0;
  }
  protected override read(prop: string): unknown {
    if (prop === 'address') {
      const prefix = quoteSheet(this.sheet.get().name);
      return this.areas()
        .map((a) => `${prefix}!${rangeAddress(a)}`)
        .join(', ');
    }
    return super.read(prop);
  }
  get address(): string {
    return this.get('address');
  }
}

class NamedItemProxy extends ClientObject {
  constructor(
    ctx: FakeContext,
    private readonly itemName: string,
  ) {
    super(ctx);
  }
  protected override read(prop: string): unknown {
    if (prop === 'name') return this.itemName;
    return super.read(prop);
  }
  get name(): string {
    return this.get('name');
  }
}

class NamedItemCollectionProxy extends CollectionProxy<NamedItemProxy, string> {
  protected entities(): string[] {
    return this.ctx.book.names;
  }
  protected proxyFor(name: string): NamedItemProxy {
    return new NamedItemProxy(this.ctx, name);
  }
}

function nameTaken(book: FakeBook, name: string, except?: FakeTable): boolean {
  const k = name.toLowerCase();
  return (
    book.tables.some((t) => t !== except && t.name.toLowerCase() === k) ||
    book.names.some((n) => n.toLowerCase() === k)
  );
}

class TableCollectionProxy extends CollectionProxy<TableProxy, FakeTable> {
  constructor(
    ctx: FakeContext,
    private readonly sheet: Ref<FakeSheet> | undefined,
    private readonly missing: () => boolean = () => false,
  ) {
    super(ctx);
  }
  protected override exists(): boolean {
    return !this.missing();
  }
  protected entities(): FakeTable[] {
    const s = this.sheet?.get();
    return this.ctx.book.tables.filter((t) => !s || t.sheet === s);
  }
  protected proxyFor(table: FakeTable): TableProxy {
    return new TableProxy(this.ctx, new Ref(() => table));
  }

  getItem(key: string): TableProxy {
    return new TableProxy(this.ctx, new Ref(() => this.ctx.book.table(key)));
  }

  add(range: RangeProxy, hasHeaders: boolean): TableProxy {
    const ref = new Ref<FakeTable>(() => undefined);
    const book = this.ctx.book;
    const sheetRef = this.sheet!;
    const box = (range as unknown as { box: () => CellRange }).box;
    this.ctx.enqueueWrite(
      'tables.add',
      { hasHeaders },
      () => {
        const s = sheetRef.get();
        const r = box();
        if (r.bottom === r.top) throw new FakeOfficeError('InvalidArgument', 'A table needs a data row.');
        let n = 1;
        while (nameTaken(book, `Table${n}`)) n++;
        if (hasHeaders)
          for (let c = r.left; c <= r.right; c++) {
            const v = s.get(r.top, c);
            s.set(
              r.top,
              c,
              v === undefined ? `Column${c - r.left + 1}` : typeof v === 'object' ? v.error : String(v),
            );
          }
        const table: FakeTable = {
          id: book.newId('table'),
          name: `Table${n}`,
          sheet: s,
          range: r,
          showHeaders: hasHeaders,
          showTotals: false,
          style: 'TableStyleMedium2',
        };
        book.tables.push(table);
        ref.set(table);
      },
      () => sheetRef.peek(),
    );
    return new TableProxy(this.ctx, ref);
  }
}

class TableProxy extends ClientObject {
  constructor(
    ctx: FakeContext,
    private readonly ref: Ref<FakeTable>,
  ) {
    super(ctx);
  }
  protected override read(prop: string): unknown {
    const t = this.ref.get();
    switch (prop) {
      case 'name':
        return t.name;
      case 'id':
        return t.id;
      case 'showHeaders':
        return t.showHeaders;
      case 'showTotals':
        return t.showTotals;
      case 'style':
        return t.style;
      default:
        return super.read(prop);
    }
  }
  get name(): string {
    return this.get('name');
  }
  set name(value: string) {
    const book = this.ctx.book;
    this.ctx.enqueueWrite(
      'table.name',
      value,
      () => {
        const t = this.ref.get();
        if (nameTaken(book, value, t))
          throw new FakeOfficeError('InvalidArgument', `The name ${value} is taken.`);
        t.name = value;
      },
      () => this.ref.peek()?.sheet,
    );
  }
  get id(): string {
    return this.get('id');
  }
  get showHeaders(): boolean {
    return this.get('showHeaders');
  }
  get showTotals(): boolean {
    return this.get('showTotals');
  }
  set style(value: string) {
    this.ctx.enqueueWrite(
      'table.style',
      value,
      () => (this.ref.get().style = value),
      () => this.ref.peek()?.sheet,
    );
  }
  private sheetProxy: WorksheetProxy | undefined;
  get worksheet(): WorksheetProxy {
    return (this.sheetProxy ??= new WorksheetProxy(this.ctx, new Ref(() => this.ref.get().sheet)));
  }
  getRange(): RangeProxy {
    return new RangeProxy(this.ctx, new Ref(() => this.ref.get().sheet), () => this.ref.get().range);
  }
}

let conditionalFormatIds = 0;

/** Custom conditional formats only (the adapter adds no other kind). */
class ConditionalFormatCollectionProxy {
  constructor(
    private readonly ctx: FakeContext,
    private readonly sheet: Ref<FakeSheet>,
    private readonly box: () => CellRange | null,
  ) {}

  add(type: string): ConditionalFormatProxy {
    if (type !== 'Custom') throw new Error(`fake: conditional format ${type} not implemented`);
    const cf: FakeConditionalFormat = { id: '', address: '', formula: '', fill: '', font: '' };
    const proxy = new ConditionalFormatProxy(this.ctx, this.sheet, new Ref(() => cf));
    this.ctx.enqueueWrite(
      'conditionalFormats.add',
      type,
      () => {
        cf.id = `{CF-${++conditionalFormatIds}}`;
        cf.address = rangeAddress(this.box()!);
        this.sheet.get().conditionalFormats.push(cf);
      },
      () => this.sheet.peek(),
    );
    return proxy;
  }

  /** Excel gives the formats overlapping the range; the id picks one of them. */
  getItemOrNullObject(id: string): ConditionalFormatProxy {
    const find = () => {
      const b = this.box()!;
      return this.sheet.get().conditionalFormats.find((cf) => {
        if (cf.id !== id) return false;
        const r = parseRange(cf.address);
        return r.top <= b.bottom && r.bottom >= b.top && r.left <= b.right && r.right >= b.left;
      });
    };
    return new ConditionalFormatProxy(this.ctx, this.sheet, new Ref(find), true);
  }
}

class ConditionalFormatProxy extends ClientObject {
  constructor(
    ctx: FakeContext,
    private readonly sheet: Ref<FakeSheet>,
    private readonly ref: Ref<FakeConditionalFormat>,
    private readonly nullable = false,
  ) {
    super(ctx);
  }

  protected override exists(): boolean {
    return !this.nullable || this.ref.peek() !== undefined;
  }

  protected override read(prop: string): unknown {
    if (prop === 'id') return this.ref.get().id;
    return super.read(prop);
  }

  get id(): string {
    return this.get('id');
  }

  get custom() {
    const set = (label: string, value: string, apply: (cf: FakeConditionalFormat) => void) =>
      this.ctx.enqueueWrite(
        label,
        value,
        () => apply(this.ref.get()),
        () => this.sheet.peek(),
      );
    return {
      rule: {
        set formula(value: string) {
          set('conditionalFormat.formula', value, (cf) => (cf.formula = value));
        },
      },
      format: {
        fill: {
          set color(value: string) {
            set('conditionalFormat.fill', value, (cf) => (cf.fill = value));
          },
        },
        font: {
          set color(value: string) {
            set('conditionalFormat.font', value, (cf) => (cf.font = value));
          },
        },
      },
    };
  }

  delete(): void {
    this.ctx.enqueueWrite(
      'conditionalFormat.delete',
      null,
      () => {
        const list = this.sheet.get().conditionalFormats;
        const i = list.indexOf(this.ref.get());
        if (i >= 0) list.splice(i, 1);
      },
      () => this.sheet.peek(),
    );
  }
}

class ChartCollectionProxy {
  constructor(
    private readonly ctx: FakeContext,
    private readonly sheet: Ref<FakeSheet>,
  ) {}
  add(type: string, source: RangeProxy, seriesBy: string) {
    const chart = { type, source: '', title: '', anchor: '' };
    const box = (source as unknown as { box: () => CellRange }).box;
    this.ctx.enqueueWrite(
      'charts.add',
      { type, seriesBy },
      () => {
        chart.source = rangeAddress(box());
        this.sheet.get().charts.push(chart);
      },
      () => this.sheet.peek(),
    );
    const ctx = this.ctx;
    const sheet = this.sheet;
    return {
      title: {
        set text(value: string) {
          ctx.enqueueWrite(
            'chart.title',
            value,
            () => (chart.title = value),
            () => sheet.peek(),
          );
        },
      },
      setPosition(anchor: string) {
        ctx.enqueueWrite(
          'chart.setPosition',
          anchor,
          () => (chart.anchor = anchor),
          () => sheet.peek(),
        );
      },
    };
  }
}

/** The A1 address of a cell, for assertions. */
export { cellAddress };
