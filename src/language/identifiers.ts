/**
 * The 11-proef for a BSN: 9 digits (an 8-digit number gets a leading zero),
 * 9·d1 + 8·d2 + … + 2·d8 − 1·d9 ≡ 0 (mod 11), and not all zeros.
 */
export function isValidBsn(digits: string): boolean {
  const d = digits.length === 8 ? '0' + digits : digits;
  if (!/^\d{9}$/.test(d) || /^0+$/.test(d)) return false;
  let sum = 0;
  for (let i = 0; i < 8; i++) sum += (9 - i) * Number(d[i]);
  sum -= Number(d[8]);
  return sum % 11 === 0;
}

/** IBAN lengths per country for the countries seekers in the Netherlands most often bank in. */
export const IBAN_LENGTHS: Readonly<Record<string, number>> = {
  NL: 18, BE: 16, DE: 22, FR: 27, GB: 22, ES: 24, IT: 27, PL: 28, PT: 25, LU: 20, AT: 20,
  IE: 22, DK: 18, SE: 24, FI: 18, NO: 15, CH: 21, RO: 24, BG: 22, HU: 28, CZ: 24, SK: 24,
  GR: 27, TR: 26, LT: 20, LV: 21, EE: 20, HR: 21, SI: 19, CY: 28, MT: 31, MA: 28, SR: 0,
};

/** ISO 13616 mod-97 check on an IBAN without spaces (any case). */
export function isValidIban(iban: string): boolean {
  const s = iban.replace(/\s+/g, '').toUpperCase();
  if (!/^[A-Z]{2}\d{2}[A-Z0-9]{11,30}$/.test(s)) return false;
  const expected = IBAN_LENGTHS[s.slice(0, 2)];
  if (expected && s.length !== expected) return false;
  const rearranged = s.slice(4) + s.slice(0, 4);
  let remainder = 0;
  for (const ch of rearranged) {
    const value = ch >= 'A' ? String(ch.charCodeAt(0) - 55) : ch;
    for (const digit of value) remainder = (remainder * 10 + Number(digit)) % 97;
  }
  return remainder === 1;
}
