// Per-occupation traits derived from ESCO skills at catalogue build, so a stated limit can be
// respected: physically heavy work, shift work, driving. Derived only from what ESCO says about
// the occupation's skills (labels below, matched on the English label, which every relation has;
// 81% of relations have no skill URI in our data). What ESCO does not say, we do not guess:
// docs/matching.md lists what these lists miss.
import type { Occupation, RelationTable, Skill } from './catalogue';

/** An essential skill from this list makes an occupation physically heavy, in any ISCO group. */
export const HEAVY_SKILLS: readonly string[] = [
  'lift heavy weights',
  'assist in the movement of heavy loads',
  'carry objects',
  'load heavy items on pallets',
  'pallets loading',
  'apply various lifting techniques',
  'load cargo',
  'unload cargo',
  'load cargo onto ships',
  'load products for dispatch',
  'load bulk trucks',
  'load equipment',
  'unload equipment',
  'move filled moulds',
  'load materials into furnace',
  'lift stacks of paper',
  'move soil',
  'dig sewer trenches',
  'climb trees',
  'transport physical resources within the work area',
  // Warehouse handling: packing, storing, loading and unloading by hand or with equipment.
  'perform warehousing operations',
  'operate material handling equipment',
];

/**
 * Physical only in manual work: an essential skill from this list counts in ISCO major groups 7
 * (craft and trades) and 9 (elementary work). "work ergonomically" is essential for bricklayers
 * and cleaners but also for hairdressers and sound technicians; "stack goods" for packers but
 * also for crane operators. "lift heavy weights" as an optional skill counts here too.
 */
export const HEAVY_IN_MANUAL_WORK: readonly string[] = [
  'work ergonomically',
  'stack goods',
  'clean particular areas manually',
  'lift heavy weights',
];

/** An essential skill from this list means shift work (ESCO has no separate night-work skill). */
export const SHIFT_SKILLS: readonly string[] = ['work in shifts'];

/** An essential skill from this list means the job is driving a vehicle on the road. */
export const DRIVING_SKILLS: readonly string[] = [
  'drive vehicles',
  'drive in urban areas',
  'perform defensive driving',
  'manoeuvre heavy trucks',
  'manoeuvre bus',
  'drive automatic car',
  'drive ambulance under emergency conditions',
  'drive ambulance under non-emergency conditions',
  'drive firetruck under emergency conditions',
  'drive waste collection vehicle',
  'drive heavy duty trucks for snow removal',
  'drive chipper truck',
];
/** ISCO-08 unit groups of road drivers (car, taxi, van, bus, lorry): a licence is the job. */
const DRIVING_ISCO = /^(832[12]|833[12])$/;

export interface OccupationTraits {
  heavy: Uint8Array;
  shifts: Uint8Array;
  driving: Uint8Array;
}

function skillSet(skills: Skill[], labels: readonly string[]): Set<number> {
  const wanted = new Set(labels);
  return new Set(skills.filter((s) => wanted.has(s.labelEn)).map((s) => s.index));
}

export function buildOccupationTraits(occupations: Occupation[], skills: Skill[], relations: RelationTable): OccupationTraits {
  const heavySkills = skillSet(skills, HEAVY_SKILLS);
  const manualSkills = skillSet(skills, HEAVY_IN_MANUAL_WORK);
  const liftSkills = skillSet(skills, ['lift heavy weights']);
  const shiftSkills = skillSet(skills, SHIFT_SKILLS);
  const drivingSkills = skillSet(skills, DRIVING_SKILLS);
  const n = occupations.length;
  const traits: OccupationTraits = { heavy: new Uint8Array(n), shifts: new Uint8Array(n), driving: new Uint8Array(n) };
  for (const o of occupations) {
    const manual = o.isco[0] === '7' || o.isco[0] === '9';
    if (DRIVING_ISCO.test(o.isco)) traits.driving[o.index] = 1;
    for (let r = relations.start[o.index]; r < relations.start[o.index + 1]; r++) {
      const s = relations.skill[r];
      const essential = relations.essential[r] === 1;
      if (essential && heavySkills.has(s)) traits.heavy[o.index] = 1;
      if (manual && (essential ? manualSkills.has(s) : liftSkills.has(s))) traits.heavy[o.index] = 1;
      if (essential && shiftSkills.has(s)) traits.shifts[o.index] = 1;
      if (essential && drivingSkills.has(s)) traits.driving[o.index] = 1;
    }
  }
  return traits;
}
