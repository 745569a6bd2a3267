import { Session } from 'node:inspector/promises';
import { writeFileSync } from 'node:fs';
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
async function main() {
  const plan = generatePlan(size as never, 20240101);
  (globalThis as any).gc();
  const s = new Session();
  s.connect();
  await s.post('Profiler.enable');
  await s.post('Profiler.setSamplingInterval', { interval: 200 });
  await s.post('Profiler.start');
  const t = performance.now();
  const f = validate(plan);
  const sc = score(plan);
  const d = distribute(plan, sc, f);
  console.log('engine', performance.now() - t, d.ok);
  const { profile } = await s.post('Profiler.stop');
  writeFileSync('/tmp/engine.cpuprofile', JSON.stringify(profile));
}
main();
