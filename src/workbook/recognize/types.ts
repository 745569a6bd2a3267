/**
 * What table recognition finds in a workbook: the contract between recognition (sheets ->
 * tables) and the plan builder (tables -> Plan).
 */
import type { CellRange } from '../port';
import type { CellValue } from '../port';

/**
 * `transversal` is never told by a header: a weights table whose rows are all transversal
 * objectives (1T, 2T...) with no area is the plan's list of them, with nominal weights.
 */
export type TableKind =
  | 'weights'
  | 'transversal'
  | 'objectives'
  | 'projects'
  | 'relevance'
  | 'staff'
  | 'assignments'
  /** Objective cards: label | value rows under a group heading, no header row (cards.ts). */
  | 'objective-cards';

/** What a column means, whatever its header says. */
export type ColumnRole =
  // objectives and weights
  | 'id'
  | 'title'
  | 'weight'
  | 'area'
  | 'responsabile'
  /** An objective's long description beside its title: text read for what it states. */
  | 'description'
  // indicators
  | 'indicator'
  | 'target'
  | 'actual'
  | 'subWeight'
  | 'soglia'
  | 'deadline'
  | 'completion'
  | 'achievement'
  /** An objective's phases ("DESCRIZIONE/FASI"): description, not indicators. */
  | 'phases'
  // projects
  | 'tipologia'
  | 'category'
  | 'headcount'
  | 'points'
  | 'coefficient'
  | 'totalCoefficient'
  | 'budget'
  // relevance
  | 'relevance'
  // staff
  | 'employee'
  | 'grade'
  | 'profile'
  | 'hours'
  | 'evaluation'
  | 'absence'
  // assignments
  | 'share'
  /** Free text listing people with shares: "40% Rossi Maria - 60% Bianchi Luca". */
  | 'assignees';

export interface RecognizedTable {
  /** Stable identity: sheet and header row address, e.g. "Pesatura obiettivi!A4:C4". */
  id: string;
  kind: TableKind;
  sheet: string;
  /** From the header row to the last data row (or the total row). */
  range: CellRange;
  headerRow: number;
  /** An Excel table (ListObject) or a plain range found by its headers. */
  source: 'table' | 'range';
  tableName?: string;
  /** Area and head named by title rows just above the header ("AREA FINANZIARIA", "Responsabile: ..."). */
  area?: string;
  responsabile?: string;
  /** Address of the title row's cell that named the area. */
  areaCell?: string;
  /** Absolute column index of each recognised role. */
  columns: Partial<Record<ColumnRole, number>>;
  /** Header text of every column of the table, by absolute column index. */
  headers: Record<number, string>;
  /** Absolute row indexes of data rows (repeated header rows, blank rows and total rows excluded). */
  dataRows: number[];
  /** The "Totale" row, when present. */
  totalRow?: number;
  /** Category classes listed in a header ("1.Strategico (40) 2.Innovativo (25) ..."), in order, with points. */
  categoryClasses?: { key: string; points?: number }[];
  /** True when the mapping came from the user's confirmed mapping rather than detection. */
  confirmed: boolean;
  /** Why recognition chose this (for the inspect command and the pane). */
  notes: string[];
  /**
   * The same notes as codes with parameters, so that the pane can say them in the user's
   * language (notes are plain English for the inspect command). Added by recognition.
   */
  remarks?: RecognitionRemark[];
  /** Objective cards (kind 'objective-cards'): one record per card, role -> the cell holding its value. */
  cards?: ObjectiveCard[];
  /** The group heading above says its objectives are transversal ("OBIETTIVI ... TRASVERSALI"). */
  transversal?: boolean;
  /**
   * A part of an objective block (blocks.ts): the table defining one objective (title and
   * phases), or its indicators table, which has no objective column and belongs to the
   * definition table `owner` (a table id) above it.
   */
  block?: { part: 'definition' } | { part: 'indicators'; owner: string };
}

/** What a card's labelled rows give. */
export type CardRole =
  | 'title'
  | 'responsabile'
  | 'stakeholder'
  | 'contributors'
  | 'deadline'
  | 'indicator'
  | 'baseline'
  | 'target'
  | 'source'
  /** "RISORSE UMANE ASSEGNATE:": the people on the objective, as an assignment cell. */
  | 'assignees';

export interface CardCell {
  row: number;
  col: number;
  /** The cell holds the label too ("Responsabile: Mario Rossi"): the label part to set aside. */
  prefix?: string;
}

/** One objective card: its rows and the cell of each value it labels. */
export interface ObjectiveCard {
  /** First row (the "OBIETTIVO ..." label) and last row of the card. */
  row: number;
  bottom: number;
  /** The card's label calls the objective transversal. */
  transversal: boolean;
  /** A number in the label or before the title ("OBIETTIVO N. 3", "3. Titolo"). */
  id?: string;
  cells: Partial<Record<CardRole, CardCell>>;
  /** The title is written after the label in the same cell: the label part to set aside. */
  titleLabel?: string;
  /** Labelled rows whose label means nothing Premia reads (kept visible in the remarks). */
  unread: number[];
}

/** What recognition noticed about a table (see docs/recognition.md for the codes). */
export type RemarkCode =
  | 'HEADER_MATCHED'
  | 'DUPLICATE_COLUMN'
  | 'VALUES_UNDER_MERGED_HEADER'
  | 'COLUMN_CHOSEN_BY_CONTENT'
  | 'HEADER_READ_AS'
  | 'POINTS_UNDER_WEIGHT'
  | 'TRANSVERSAL_LIST'
  | 'AREA_FROM_TITLE'
  | 'HEAD_FROM_TITLE'
  | 'REPEATED_HEADER_SKIPPED'
  | 'MERGED_CELLS_FILLED'
  | 'CONTINUATION_ROWS'
  | 'HEADER_UNITS_ROW'
  | 'BLANK_ROWS_INSIDE'
  | 'ROWS_AFTER_BLANK'
  | 'HIDDEN_ROWS'
  | 'HIDDEN_COLUMNS'
  | 'ROWS_AFTER_TOTAL'
  | 'SAVED_MAPPING_APPLIED'
  | 'CARDS_READ'
  | 'CARD_TITLE_PLACED'
  | 'CARD_ROWS_UNREAD'
  | 'CARDS_NUMBERED'
  | 'TRANSVERSAL_HEADING'
  | 'PHASE_ROWS'
  | 'AREA_FROM_HEADING'
  | 'BLOCK_INDICATORS'
  | 'BLOCK_ROWS_CONTINUED';

export interface RecognitionRemark {
  code: RemarkCode;
  params: Record<string, string | number>;
}

/** A mapping the user confirmed or corrected, saved in the workbook settings. */
export interface SavedMapping {
  sheet: string;
  /** Header row address, e.g. "A4:C4". */
  header: string;
  kind: TableKind;
  /** Role -> column letters. */
  columns: Partial<Record<ColumnRole, string>>;
  area?: string;
  /** true: the user excluded this table. */
  ignored?: boolean;
}

export type { CellValue };
