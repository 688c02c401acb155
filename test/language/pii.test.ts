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

  it('reads the same message again (transcript, then the root dialog) with the same answer for each set of kinds', () => {
    const text = 'bsn 123456782 tel 0612345678, mail: a@b.nl';
    const all = findPii(text);
    expect(all.map((m) => m.kind)).to.deep.equal(['bsn', 'phone', 'email']);
    all[0].start = 99;
    expect(findPii(text, ['bsn', 'iban'])).to.deep.equal([{ kind: 'bsn', start: 4, end: 13 }]);
    expect(findPii(text, ['email']).map((m) => m.kind)).to.deep.equal(['email']);
    expect(maskPii(text).text).to.equal('bsn [BSN] tel [telefoonnummer], mail: [e-mail]');
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


describe('BSN detection reads through disguises', () => {
  // 123456782, 234685785 and 234733299 pass the 11-proef; 123456789 does not.
  const disguised: [string, string][] = [
    ['zero-width spaces', '1\u200B2\u200C3\u200D4\u20605\uFEFF6782'],
    ['full-width digits', '１２３４５６７８２'],
    ['full-width digits and dots', '１２３．４５６．７８２'],
    ['Arabic-Indic digits', '١٢٣٤٥٦٧٨٢'],
    ['Devanagari digits', '१२३ ४५६ ७८२'],
    ['mathematical bold digits', '𝟏𝟐𝟑𝟒𝟓𝟔𝟕𝟖𝟐'],
    ['no-break spaces', '123\u00A0456\u00A0782'],
    ['en dashes', '123\u2013456\u2013782'],
    ['slashes', '234/685/785'],
    ['commas', '234,685,785'],
    ['underscores', '234_685_785'],
    ['spaced dashes', '234 - 733 - 299'],
    ['seven and two', '1234567-82'],
    ['pairs and three', '12 34 56 782'],
    ['digit by digit', '2 3 4 7 3 3 2 9 9'],
    ['mixed separators', '234.733 299'],
  ];
  for (const [label, written] of disguised) {
    it(`masks a valid BSN written with ${label}`, () => {
      const result = maskPii(`hier is het: ${written}, klopt dat?`);
      expect(result.text).to.equal('hier is het: [BSN], klopt dat?');
      expect(result.found).to.deep.equal(['bsn']);
    });
  }

  const named: string[] = [
    'mijn bsn is 123 456 789',
    'BSN: 123.456.789',
    'burgerservicenummer 123-456-789',
    'mijn sofinummer: 987 654 321',
    'sofi-nummer 987654321',
    'my citizen service number is 111 222 334',
    '123456789 is mijn bsn',
  ];
  for (const text of named) {
    it(`masks a 9-digit number that is called a BSN without the 11-proef: ${JSON.stringify(text)}`, () => {
      const result = findPii(text);
      expect(result.map((m) => m.kind)).to.deep.equal(['bsn']);
      expect(maskPii(text).text.replace(/\D/g, '')).to.equal('');
    });
  }

  // Ordinary chat answers, written without looking at the finder's rules: none is a BSN.
  const ordinary: string[] = [
    'Ik ben op 12-03-2024 begonnen',
    'van 01/02/2023 - 1/4/2024 werkte ik in de zorg',
    'op 12-03-2024 9 uur heb ik een gesprek',
    'datum 31.12.2025 12:00',
    'mijn uitkering is € 1.234,56 per maand',
    'het huis kostte 1.234.567,89',
    'ik verdien 2400 bruto en 1850 netto',
    'factuurbedrag 12.500 euro, btw 2.625 euro',
    'postcode 1234 AB, huisnummer 56',
    'mijn postcode is 3511 LX en ik woon op nummer 12',
    'ik ben 45 jaar en zoek 24 tot 32 uur werk',
    'ik heb 3 kinderen van 4, 6 en 8 jaar',
    'openingstijden 09.00-17.00 en 18.30-21.00',
    'tussen 2015 en 2020, daarna van 2021 tot 2023',
    'jaren: 2019, 2020, 2021, 2022',
    'bel 020-123 45 67 of 0800-0113',
    'UWV 088 - 898 92 94',
  ];
  for (const text of ordinary) {
    it(`does not take ${JSON.stringify(text)} for a BSN`, () => {
      expect(findPii(text).filter((m) => m.kind === 'bsn')).to.deep.equal([]);
    });
  }

  it('keeps phone numbers phone numbers, also in full-width digits', () => {
    expect(maskPii('bel me op ０６-１２３４５６７８').text).to.equal('bel me op [telefoonnummer]');
    expect(maskPii('06 12 34 56 78').found).to.deep.equal(['phone']);
  });

  it('maps positions back to the original text across removed characters', () => {
    const text = 'bsn: 12\u200B3 456 78２, dank je';
    const [match] = findPii(text);
    expect(text.slice(match.start, match.end)).to.equal('12\u200B3 456 78２');
  });
});
