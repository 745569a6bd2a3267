import type { Catalogue } from './index';

/** Italian catalogue (default language). Flat keys; each owner keeps to its section. */
export const it: Catalogue = {
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
