import type { Catalogue } from './index';

/** Italian catalogue (default language). */
export const it: Catalogue = {
  'app.name': 'Premia',
};
