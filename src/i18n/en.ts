import type { Catalogue } from './index';

/** English catalogue, used when Office runs in English. Flat keys; each owner keeps to its section. */
export const en: Catalogue = {
  'app.name': 'Premia',

  // --- values (parsing problems): finding.PARSE_* ---
  // --- end values ---

  // --- validation: finding.* ---
  // --- end validation ---

  // --- scoring: finding.* ---
  // --- end scoring ---

  // --- distribution: finding.*, distribution.* ---
  // --- end distribution ---

  // --- ui: ui.* ---
  // --- end ui ---
};
