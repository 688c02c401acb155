import { expect } from 'chai';
import fc from 'fast-check';
import { findPii, isValidBsn, isValidIban, maskPii, PiiKind } from '../../src/language';

/** Completes 8 random digits to a valid BSN, or undefined when no check digit fits. */
function completeBsn(first8: number[]): string | undefined {
  const sum = first8.reduce((s, d, i) => s + (9 - i) * d, 0);
  const check = sum % 11;
  if (check > 9) return undefined;
  const bsn = [...first8, check].join('');
  return /^0+$/.test(bsn) ? undefined : bsn;
}

describe('language/pii', () => {
  it('applies the 11-proef', () => {
    expect(isValidBsn('123456782')).to.equal(true);
    expect(isValidBsn('111222333')).to.equal(true);
    expect(isValidBsn('123456789')).to.equal(false);
    expect(isValidBsn('12345672')).to.equal(true); // 8 digits: leading zero implied
    expect(isValidBsn('000000000')).to.equal(false);
    expect(isValidBsn('12345678a')).to.equal(false);
  });

  it('applies mod-97 to IBANs', () => {
    expect(isValidIban('NL91ABNA0417164300')).to.equal(true);
    expect(isValidIban('nl91 abna 0417 1643 00')).to.equal(true);
    expect(isValidIban('NL91ABNA0417164301')).to.equal(false);
    expect(isValidIban('BE68539007547034')).to.equal(true);
    expect(isValidIban('DE89370400440532013000')).to.equal(true);
    expect(isValidIban('NL91ABNA04171643')).to.equal(false); // wrong length for NL
  });

  const cases: [string, string, PiiKind[]][] = [
    ['mijn bsn is 123456782', 'mijn bsn is [BSN]', ['bsn']],
    ['BSN: 123.456.782.', 'BSN: [BSN].', ['bsn']],
    ['123 456 782', '[BSN]', ['bsn']],
    ['123-456-782', '[BSN]', ['bsn']],
    ['1234 56 782', '[BSN]', ['bsn']],
    ['1234.56.782', '[BSN]', ['bsn']],
    ['sofinummer 12345672', 'sofinummer [BSN]', ['bsn']],
    ['nr 5 123456782', 'nr 5 [BSN]', ['bsn']],
    ['123456789 klopt dat?', '[nummer] klopt dat?', ['number']],
    ['klantnummer 9876543210', 'klantnummer [nummer]', ['number']],
    ['NL91ABNA0417164300', '[IBAN]', ['iban']],
    ['nl91 abna 0417 1643 00 is mijn rekening', '[IBAN] is mijn rekening', ['iban']],
    ['iban BE68 5390 0754 7034.', 'iban [IBAN].', ['iban']],
    ['NL91ABNA0417164301', 'NL91ABNA[nummer]', ['number']],
    ['06-12345678', '[telefoonnummer]', ['phone']],
    ['bel me op 06 1234 5678', 'bel me op [telefoonnummer]', ['phone']],
    ['0612345678', '[telefoonnummer]', ['phone']],
    ['06 12 34 56 78', '[telefoonnummer]', ['phone']],
    ['+31 6 1234 5678', '[telefoonnummer]', ['phone']],
    ['+31 (0)20 123 4567', '[telefoonnummer]', ['phone']],
    ['0031 6 12345678', '[telefoonnummer]', ['phone']],
    ['020-1234567', '[telefoonnummer]', ['phone']],
    ['010 - 123 45 67', '[telefoonnummer]', ['phone']],
    ['+32 470 12 34 56', '[telefoonnummer]', ['phone']],
    ['jan.jansen@example.nl', '[e-mail]', ['email']],
    ['mail: Marie-José.de.Vries+werk@gemeente.example.org!', 'mail: [e-mail]!', ['email']],
    ['geboren op 3-4-1980', 'geboren op [geboortedatum]', ['birthdate']],
    ['geboortedatum: 03/04/1980', 'geboortedatum: [geboortedatum]', ['birthdate']],
    ['ik ben geboren op 3 april 1980', 'ik ben geboren op [geboortedatum]', ['birthdate']],
    ['bsn 123456782, tel 0612345678, mail a@b.nl', 'bsn [BSN], tel [telefoonnummer], mail [e-mail]', ['bsn', 'phone', 'email']],
    // Not personal data: amounts, postcodes, dates without birth context, hours, years.
    ['ik verdien 1.500 en woon in 1234 AB', 'ik verdien 1.500 en woon in 1234 AB', []],
    ['tot 1-9-2026', 'tot 1-9-2026', []],
    ['€ 1.250.000', '€ 1.250.000', []],
    ['ik verdien 1500 2000', 'ik verdien 1500 2000', []],
    ['32 uur, 3 dagen, sinds 2015', '32 uur, 3 dagen, sinds 2015', []],
    ['12345678', '12345678', []],
  ];
  for (const [input, masked, kinds] of cases) {
    it(`masks ${JSON.stringify(input)}`, () => expect(maskPii(input)).to.deep.equal({ text: masked, found: kinds }));
  }

  it('masks only the requested kinds', () => {
    expect(maskPii('bsn 123456782 tel 0612345678', ['bsn']).text).to.equal('bsn [BSN] tel 0612345678');
  });

  it('reports positions in the original text', () => {
    const text = 'Hé 👋 mijn BSN: 123456782';
    const [match] = findPii(text);
    expect(text.slice(match.start, match.end)).to.equal('123456782');
  });

  it('handles very long input quickly', () => {
    const text = '1 2 3 4 5 6 7 8 9 0 '.repeat(5000) + ' bsn 123456782';
    const t0 = Date.now();
    expect(maskPii(text).text).to.not.include('123456782');
    expect(Date.now() - t0).to.be.below(2000);
  });

  const bsnArb = fc.array(fc.integer({ min: 0, max: 9 }), { minLength: 8, maxLength: 8 }).map(completeBsn).filter((b): b is string => b !== undefined);
  const formatted = fc.tuple(bsnArb, fc.constantFrom('plain', 'dots', 'spaces', 'dashes', 'id-card')).map(([bsn, style]) => {
    const [a, b, c] = [bsn.slice(0, 3), bsn.slice(3, 6), bsn.slice(6)];
    const text = { plain: bsn, dots: `${a}.${b}.${c}`, spaces: `${a} ${b} ${c}`, dashes: `${a}-${b}-${c}`, 'id-card': `${bsn.slice(0, 4)}.${bsn.slice(4, 6)}.${bsn.slice(6)}` }[style]!;
    return { bsn, text };
  });
  const noise = fc.string({ unit: fc.constantFrom(...'abc xyzBSN:é,.!?€-\n👍1'.split('')), maxLength: 30 });
  const separator = fc.constantFrom(' ', '\n', ': ', ', ', ' (', '"');

  it('property: a valid BSN embedded in random text is always masked', () => {
    fc.assert(
      fc.property(noise, separator, formatted, separator, noise, (before, sep1, { bsn, text }, sep2, after) => {
        const message = before + sep1 + text + sep2 + after;
        const result = maskPii(message);
        expect(result.found.length).to.be.greaterThan(0);
        expect(result.text.replace(/\D/g, '')).to.not.include(bsn);
        expect(result.text).to.not.include(text);
      }),
      { numRuns: Number(process.env.PII_RUNS ?? 1000) },
    );
  });
});

describe('service numbers of organisations are not personal data', () => {
  for (const text of ['Bel 113 of gratis 0800-0113.', 'Veilig Thuis: 0800-2000', 'UWV: 088 - 898 92 94', 'Geldfit 0800 8115']) {
    it(`keeps ${JSON.stringify(text)} readable`, () => expect(maskPii(text).text).to.equal(text));
  }
  it('still masks a mobile number next to them', () => {
    expect(maskPii('bel 0800-0113 of mij op 06-12345678').text).to.equal('bel 0800-0113 of mij op [telefoonnummer]');
  });
});

