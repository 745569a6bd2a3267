import { performance } from 'node:perf_hooks';
import { validate } from '../src/domain/validation';
import { score } from '../src/domain/scoring';
import { distribute } from '../src/domain/distribution';
import { generatePlan } from './generate-plan';
const size = {
  objectives: 100000,
  indicatorsPerObjective: 5,
  employees: 20000,
  assignments: 200000,
  areas: 4000,
};
const gc = (globalThis as any).gc as () => void;
const plan = generatePlan(size as never, 20240101);
const mb = () => (gc(), Math.round(process.memoryUsage().heapUsed / 1e6));
console.log('plan heap', mb(), 'rss', Math.round(process.memoryUsage.rss() / 1e6));
let t = performance.now();
const f = validate(plan);
const v = performance.now() - t;
console.log('validate', Math.round(v), 'retained', mb());
t = performance.now();
const s = score(plan);
const sc = performance.now() - t;
console.log('score', Math.round(sc), 'retained', mb());
t = performance.now();
const d = distribute(plan, s, f);
const di = performance.now() - t;
console.log('distribute', Math.round(di), 'retained', mb(), 'total', Math.round(v + sc + di));
if (!d.ok) throw new Error('refused');
