import type { Catalogue } from './index';

/** English catalogue, used when Office runs in English. */
export const en: Catalogue = {
  'app.name': 'Premia',
};
