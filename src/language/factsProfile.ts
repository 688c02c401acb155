// Who the seeker is: education ("mbo 2 zorg", "geen. gestopt met mbo"), a diploma from abroad,
// Dutch level ("mijn nederlands is redelijk"), driving licence, health and limits, age and
// postcode. Each only when said about the seeker, and never from a negated or wished-for word.
import type { Facts } from './facts';
import { type FactContext, negatedBefore, withoutFiller } from './factsText';
import { findLimits, parseBirthYear } from './limits';
import { parsePostcode } from './postcode';
import { parseDutchLevel, parseEducationLevel } from './vocabulary';
import { parseYesNo } from './yesNo';

const LEVEL_WORD = /\b(?:mbo[- ]?(?:niveau\s*)?[1-4]?|vmbo(?:[- ](?:tl|kb|bb|gl))?|mavo|lbo|vbo|havo|vwo|atheneum|gymnasium|hbo|universiteit|university|bachelor|master|basisschool|lagere school|primary school|high school|praktijkonderwijs|entreeopleiding|wo[- ]?(?:bachelor|master)|(?:mbo )?niveau [1-4])\b/g;
const UNFINISHED_AFTER = /^\s*(?:\p{L}+\s+){0,2}(?:niet afgemaakt|niet afgerond|niet gehaald|afgebroken|not finished|unfinished|not completed|dropped out)\b/u;
const UNFINISHED_BEFORE = /\b(?:gestopt met|gestopt op|afgehaakt op|van school gegaan op|quit|dropped out of|never finished|niet afgemaakt:?)\s*(?:de |het |mijn |the |my )?$/;
/** A level the seeker wants or works at is not their education: "ik wil een mbo-opleiding", "docent op het mbo". */
const NOT_OWN = /\b(?:wil|wilde|zou|graag|liefst|want|would like|plan|ga (?:een|naar)|volg(?:en)?|doe nu|bezig met|docent|leraar|teacher|werk(?:te)? (?:op|bij|aan))\b/;
const NO_EDUCATION = /\b(?:geen (?:diploma|opleiding|diploma's|papieren)|geen (?:school|opleiding) (?:afgemaakt|afgerond)|no (?:diploma|degree|education|qualifications?)|niks afgemaakt|nothing finished)\b/;

const STUDYING_NOW = /\b(?:ga nu naar school|zit (?:nu )?op (?:het|de) (?:mbo|hbo|havo|vmbo|vwo|school)|doe nu|volg nu|studeer nu|ben (?:nu )?bezig met|currently studying|i'?m (?:still )?studying|\d+e jaars|eerstejaars|tweedejaars|derdejaars|leerjaar|ik studeer|ik zit op (?:het|de))\b/;

function readEducation(ctx: FactContext): Pick<Facts, 'education' | 'mboLevelUnknown'> {
  // A level being studied now is not yet the highest finished one.
  if (STUDYING_NOW.test(ctx.text) && ctx.asked !== 'education') return {};
  const finished: string[] = [];
  let unfinished = false;
  for (const clause of ctx.clauses) {
    const t = clause.text;
    // "havo, maar niet afgemaakt": the level just said was not finished.
    if (/^(?:(?:maar|but)\s+)?(?:niet afgemaakt|niet afgerond|niet gehaald|nooit afgemaakt|not finished|didn'?t finish|never finished)\b/.test(t) && finished.length) {
      finished.pop();
      unfinished = true;
      continue;
    }
    if (NOT_OWN.test(t) && ctx.asked !== 'education') continue;
    for (const m of t.matchAll(LEVEL_WORD)) {
      const before = t.slice(0, m.index);
      if (UNFINISHED_AFTER.test(t.slice(m.index + m[0].length)) || UNFINISHED_BEFORE.test(before) || /\b(?:gestopt|afgebroken|afgehaakt|dropped out|quit)\b/.test(before)) {
        unfinished = true;
        continue;
      }
      if (negatedBefore(before, 2) || /\b(?:op|bij|aan) (?:het|een|de)\s*$/.test(before)) continue;
      finished.push(m[0]);
    }
    if (NO_EDUCATION.test(t)) unfinished = true;
  }
  const levels = finished.map((f) => parseEducationLevel(f)).filter((l) => l && l.confidence >= 0.8);
  const values = [...new Set(levels.map((l) => l!.value))];
  const exact = values.filter((v) => v !== 'mbo');
  if (exact.length === 1 || (exact.length > 1 && finished.length > 0)) {
    // Several levels: the highest said ("vmbo en daarna mbo 3" → mbo-3).
    const ranked = levels.filter((l) => l!.value !== 'mbo').sort((a, b) => (b!.nlqf ?? 0) - (a!.nlqf ?? 0));
    return { education: ranked[0]!.value as Facts['education'] };
  }
  if (values.includes('mbo')) return { mboLevelUnknown: true };
  if (unfinished) return { education: 'none' };
  if (ctx.asked === 'education') {
    if (/^(?:geen|niks|niets|none|nee|no)\b(?!\s+(?:idee|idea))/.test(ctx.text)) return { education: 'none' };
  }
  return {};
}

/** Countries and words for abroad, Dutch and English. */
const PLACES_ABROAD = String.raw`buitenland|abroad|syrie|syria|irak|iraq|iran|afghanistan|eritrea|ethiopie|somalie|somalia|turkije|turkey|marokko|morocco|polen|poland|roemenie|romania|bulgarije|oekraine|ukraine|rusland|russia|suriname|egypte|egypt|jemen|soedan|sudan|libanon|pakistan|india|china|brazilie|spanje|portugal|italie|griekenland|duitsland|germany|belgie|belgium|frankrijk|france|hongarije|hungary|litouwen|letland|tunesie|algerije|nigeria|ghana|kenia|kenya|colombia|venezuela|filipijnen|philippines|indonesie|indonesia|vietnam|thailand|bosnie|servie|kroatie|albanie|armenie|georgie|koerdistan|tsjechie|slowakije|home country|mijn land|my country|thuisland|land van herkomst`;
const ABROAD = new RegExp(String.raw`\b(?:diploma|diploma's|opleiding|studie|gestudeerd|studeerde|degree|studied|school|mbo|hbo|vwo|havo|universiteit|university|bachelor|master)\b[^.]*?\b(?:uit|in|from|at)\s+(?:het\s+|the\s+)?(?:${PLACES_ABROAD})\b`, 'u');
const ANSWER_ABROAD = new RegExp(String.raw`^(?:(?:ja|yes|klopt)\s+)?(?:(?:in|uit|from|at)\s+(?:het\s+|the\s+)?)?(?:${PLACES_ABROAD})\b(?!\s+(?:niet|not))`, 'u');
const ABROAD_SIMPLE = /\b(?:buitenlands(?:e)? diploma|diploma (?:is )?(?:uit|van) het buitenland|foreign (?:diploma|degree)|(?:diploma|degree) from abroad|mijn diploma is uit het buitenland)\b/;
const DUTCH_DIPLOMA = /\b(?:nederlands(?:e)? diploma|diploma (?:in|uit) nederland|in nederland (?:gehaald|gestudeerd|op school)|dutch (?:diploma|degree))\b/;

function readForeignDiploma(ctx: FactContext): boolean | undefined {
  const t = ctx.text;
  if (ABROAD_SIMPLE.test(t) || (ABROAD.test(t) && !/\b(?:uit|in|from) (?:nederland|holland|the netherlands)\b/.test(t))) {
    return negatedBefore(t.slice(0, t.search(/\b(?:diploma|opleiding|studie|degree|buitenland)/)), 2) ? undefined : true;
  }
  const dutch = DUTCH_DIPLOMA.exec(t);
  if (dutch && !negatedBefore(t.slice(0, dutch.index), 2)) return false;
  if (ctx.asked === 'foreignDiploma') {
    // "in Syrië gehaald", "Marokko": naming the country answers the question.
    if (ANSWER_ABROAD.test(t)) return true;
    const yn = parseYesNo(t);
    if (yn === 'yes') return true;
    if (yn === 'no') return false;
  }
  return undefined;
}

const DUTCH_TOPIC = /\b(?:nederlands|nederlandse taal|dutch|de taal|nt2|taalniveau)\b/;
const DUTCH_CLAIM = /\b(?:is|spreek|praat|speak|lees|schrijf|niveau|level|kan|beheers|my|mijn|heb|have)\b|\b[abc][12]\b/;

function readDutchLevel(ctx: FactContext): Facts['dutchLevel'] {
  for (const clause of ctx.clauses) {
    const asked = ctx.asked === 'dutch';
    if (!asked && !(DUTCH_TOPIC.test(clause.text) && DUTCH_CLAIM.test(clause.text))) continue;
    // "ik spreek arabisch en een beetje nederlands": only the part about Dutch.
    const t = asked ? clause.text : clause.text.split(/\s(?:en|and|maar|but)\s/).find((part) => DUTCH_TOPIC.test(part)) ?? clause.text;
    if (!asked && /\b(?:diploma|nationaliteit|paspoort|nationality|bedrijf|company|les|cursus|course)\b/.test(t)) continue;
    if (/\b(?:geen|no|niet|not|don'?t speak)\s+(?:\p{L}+\s+)?(?:nederlands|dutch)\b/u.test(t) && !/\b(?:niet (?:zo |heel |erg )?goed|not (?:very |that )?(?:good|well))\b/.test(t)) return 'A0';
    if (/\b(?:niet (?:zo |heel |erg )?goed|not (?:very |that |so )?(?:good|well)|matig|slecht|poor)\b/.test(t)) return 'A2';
    if (/\b(?:moedertaal|mother tongue|native|geboren en getogen)\b/.test(t)) return 'native';
    const level = /\b([abc][12])\b/.exec(t);
    if (level) return level[1].toUpperCase() as Facts['dutchLevel'];
    const rest = t.replace(/\b(?:mijn|my|ik|i|spreek|praat|speak|is|nederlands|dutch|de taal|taal|language|the)\b/g, ' ').trim();
    const match = parseDutchLevel(rest || t);
    if (match && match.confidence >= 0.8 && (asked || match.value !== 'A0')) return match.value;
  }
  return undefined;
}

const LICENCE = /\b(?:rijbewijs|rijbewijzen|driving licen[cs]e|driver'?s licen[cs]e|licen[cs]e|rijbewijs [bcde]|code 95)\b/g;
const NO_LICENCE_AFTER = /^\s*(?:\p{L}+\s+){0,3}(?:kwijt|ingenomen|ingetrokken|verlopen|niet|nog niet|lost|suspended|expired)\b/u;
const WANT_LICENCE = /\b(?:halen|wil|want|bezig|lessen|rijles|get my|getting|nodig|need|needed|vereist|required|verplicht)\b/;

function readLicence(ctx: FactContext): boolean | undefined {
  for (const clause of ctx.clauses) {
    const t = clause.text;
    for (const m of t.matchAll(LICENCE)) {
      if (m[0].startsWith('licen') && !/\b(?:driving|driver|rij)/.test(t)) continue;
      const before = t.slice(0, m.index);
      const after = t.slice(m.index + m[0].length);
      // "driving licence yes", "rijbewijs: nee" in a list of facts.
      if (/^\s*:?\s*(?:ja|yes|yep|jep|jup|check)\b/.test(after)) return true;
      if (negatedBefore(before, 3) || NO_LICENCE_AFTER.test(after) || /^\s*:?\s*(?:nee|no|nope)\b/.test(after)) return false;
      if (WANT_LICENCE.test(t)) return undefined;
      if (/\b(?:heb|have|got|bezit|met|with|wel|rijbewijs [bcde])\b/.test(t) || /\brijbewijs\s+[bcde]\b|\b[bcde][- ]?rijbewijs\b/.test(t) || ctx.asked === 'licence') return true;
    }
  }
  if (ctx.asked === 'licence') {
    const t = withoutFiller(ctx.text);
    if (/^(?:b|be|c|ce|d|de|rijbewijs b|auto)$/.test(t)) return true;
    const yn = parseYesNo(ctx.text.replace(/^(?:yes|ja),? i have\b/, 'yes'));
    if (yn === 'yes') return true;
    if (yn === 'no') return false;
  }
  return undefined;
}

const HEALTH = /\b(?:(?:rug|knie|nek|schouder|heup|hart|long|pols|voet|enkel|arm|hand|been|hoofd)(?:klachten|problemen|pijn|blessure)|rugklachten|rugpijn|hernia|burn-?out|overspannen|depressie|depressief|ptss|chronisch\w*|reuma|artrose|beperking|handicap|klachten|ziekte|ziek|astma|diabetes|suiker|epilepsie|knieklachten|slechte rug|slechte knie|last van (?:mijn|m'n)|ongeluk gehad|fysieke beperking|disability|disabled|chronic|back pain|bad back|illness|health (?:problems|issues))\b/;
const HEALTH_CONTENT_BEFORE = /\b(?:mensen|klanten|clienten|bewoners|kinderen|people|clients|patients|patienten|voor) (?:met|with)\s+(?:een\s+|a\s+)?(?:\p{L}+\s+)?$/u;
const NO_HEALTH = /\b(?:geen (?:klachten|beperkingen|gezondheidsproblemen|problemen met (?:mijn )?gezondheid|lichamelijke klachten)|(?:ik ben )?(?:kerngezond|gezond)|no (?:health )?(?:problems|issues|limitations)|healthy)\b/;

function readHealth(ctx: FactContext): Pick<Facts, 'healthLimits' | 'limits'> {
  const facts: Pick<Facts, 'healthLimits' | 'limits'> = {};
  // Where limits are asked, a bare "een half uur" or "overdag" is one too.
  const about = ctx.asked === 'limits' || ctx.asked === 'limitsMore';
  const found = findLimits(ctx.text.replace(/(?<!')\bs nachts\b/g, "'s nachts"), { about });
  if (found) {
    const limits: NonNullable<Facts['limits']> = {};
    if (found.noHeavyWork) limits.noHeavyWork = true;
    if (found.times) limits.times = found.times;
    if (found.maxTravelMinutes !== undefined) limits.maxTravelMinutes = found.maxTravelMinutes;
    const words = found.phrases.join('; ').slice(0, 300);
    if (words) limits.words = words;
    facts.limits = limits;
    if (found.noHeavyWork) facts.healthLimits = 'yes';
  }
  const health = HEALTH.exec(ctx.text);
  const pastHealth = health && /^\s*(?:\p{L}+\s+){0,1}(?:geweest|gehad|was|had)\b/u.test(ctx.text.slice(health.index + health[0].length));
  if (health && !pastHealth && !negatedBefore(ctx.text.slice(0, health.index), 2) && !HEALTH_CONTENT_BEFORE.test(ctx.text.slice(0, health.index))) facts.healthLimits = 'yes';
  else if (!facts.healthLimits && NO_HEALTH.test(ctx.text)) facts.healthLimits = 'no';
  if (!facts.healthLimits && ctx.asked === 'health') {
    const yn = parseYesNo(ctx.text);
    if (yn === 'yes') facts.healthLimits = 'yes';
    else if (yn === 'no' && !/^liever niet|rather not/.test(ctx.text)) facts.healthLimits = 'no';
  }
  return facts;
}

/** "ik ben 45", "45 jaar oud", "geboren in 1980", "I'm 45"; never "31 jaar orderpicker". */
const AGE = /\b(?:ik ben|ben|i'?m|i am|age|leeftijd:?|mijn leeftijd is|my age is)\s+(?:nu\s+|now\s+)?(\d{2})(?:\s+(?:jaar|jr|years?))?(?:\s+(?:oud|old))?(?:\s*$|(?=\s*[,;]|\s+(?:en|and|maar|but|met|with|heb|have|wil|want|zoek)\b))|\b(\d{2})\s*(?:jaar|jr|years?)\s+(?:oud|old)\b/;
const BORN = /\b(?:geboren|born|geb\.?|bouwjaar)\s+(?:in\s+|op\s+|on\s+)?(?:\d{1,2}[-/ ]\d{1,2}[-/ ]|\d{1,2}\s+\p{L}+\s+)?((?:19|20)\d{2})\b/u;

function readBirthYear(ctx: FactContext): number | undefined {
  const born = BORN.exec(ctx.text);
  if (born) return parseBirthYear(born[1], ctx.referenceDate);
  for (const clause of ctx.clauses) {
    const m = AGE.exec(withoutFiller(clause.text).replace(/[.!)]+$/, ''));
    if (m) return parseBirthYear(m[1] ?? m[2], ctx.referenceDate);
  }
  if (ctx.asked === 'age' && ctx.clauses.length === 1) return parseBirthYear(withoutFiller(ctx.text).replace(/\b(?:denk ik|ongeveer|about|bijna|almost)\b/g, ''), ctx.referenceDate);
  return undefined;
}

function readPostcode(ctx: FactContext): string | undefined {
  if (ctx.asked === 'postcode') return parsePostcode(ctx.text);
  const withLetters = /(?<![\d.,€])([1-9]\d{3})\s?([a-z]{2})\b/.exec(ctx.text);
  if (withLetters && !/^(?:en|of|in|op|is|te|ik|je|we|ze|de|na|om|al|or|to|at|as|uur|km|pm|pw|pj|eu)$/.test(withLetters[2])) return withLetters[1];
  const named = /\b(?:postcode|postal code|zip)\s*(?:is\s*)?:?\s*([1-9]\d{3})\b/.exec(ctx.text);
  return named?.[1];
}

/** Education, diploma from abroad, Dutch level, licence, health and limits, birth year, postcode. */
export function readProfileFacts(ctx: FactContext): Facts {
  const facts: Facts = { ...readEducation(ctx), ...readHealth(ctx) };
  const foreign = readForeignDiploma(ctx);
  if (foreign !== undefined) facts.foreignDiploma = foreign;
  const dutch = readDutchLevel(ctx);
  if (dutch) facts.dutchLevel = dutch;
  const licence = readLicence(ctx);
  if (licence !== undefined) facts.drivingLicence = licence;
  const birthYear = readBirthYear(ctx);
  if (birthYear !== undefined) facts.birthYear = birthYear;
  const postcode = readPostcode(ctx);
  if (postcode) facts.postcode = postcode;
  return facts;
}
