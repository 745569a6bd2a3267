/** The real-plan corpus: one workbook per layout class, with what it should read as. */
import type { RealPlan } from './types';
import * as cards from './cards';
import * as stacked from './stacked-weights';
import * as blocks from './indicator-blocks';
import * as flat from './flat-objectives';
import * as projects from './project-table';
import { expected as cardsExpected } from './cards.expected';
import { expected as stackedExpected } from './stacked-weights.expected';
import { expected as blocksExpected } from './indicator-blocks.expected';
import { expected as flatExpected } from './flat-objectives.expected';
import { expected as projectsExpected } from './project-table.expected';

export const PLANS: RealPlan[] = [
  { id: 'cards', layout: 'Objective cards under group headings', build: cards.build, ...cardsExpected },
  {
    id: 'stacked-weights',
    layout: 'Stacked weight tables per area, staff lists, assignment text',
    build: stacked.build,
    ...stackedExpected,
  },
  {
    id: 'indicator-blocks',
    layout: 'Objective blocks with an indicators table without objective column',
    build: blocks.build,
    ...blocksExpected,
  },
  {
    id: 'flat-objectives',
    layout: 'Flat objective table per sector, and the relevance table',
    build: flat.build,
    ...flatExpected,
  },
  {
    id: 'project-table',
    layout: 'Project table with duplicate and misleading columns',
    build: projects.build,
    ...projectsExpected,
  },
];
