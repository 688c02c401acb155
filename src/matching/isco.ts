// ISCO-08 skill levels: the education an occupation group usually asks for.

/** ISCO-08 skill level (1..4) of a major group: 9 → 1, 4–8 → 2, 3 → 3, 1–2 → 4 (0, armed forces, → 4). */
export function iscoSkillLevel(isco: string): number {
  const major = Number(isco[0]);
  if (major === 9) return 1;
  if (major >= 4) return 2;
  if (major === 3) return 3;
  return 4;
}
