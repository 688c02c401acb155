// The words of limits, Dutch and English, as seekers type them ("nie tillen", "niks zwaars", "s
// nachts", "max 20 min fietsen", "tussen 9 en 3"). Patterns only; findLimits (limits.ts) reads them.
// Every pattern runs on normalised, typo-folded text (see foldLimitTypos).
import { closestWord } from './fuzzy';

/** Regex source: one of the words or phrases, longest first so "nachtdiensten" beats "nacht". */
const any = (...words: string[]) => `(?:${[...words].sort((a, b) => b.length - a.length).join('|')})`;

/** Words typed short or with a typo, to their full form (whole words only). */
const SHORT_FORMS: Record<string, string> = {
  nie: 'niet', nit: 'niet', ni: 'niet', niettt: 'niet', gn: 'geen', kn: 'kan', kun: 'kan', nix: 'niks', nx: 'niks',
  tilen: 'tillen', tille: 'tillen', tiln: 'tillen', tilllen: 'tillen', sjouwe: 'sjouwen', zwar: 'zwaar', zwaare: 'zware', zwr: 'zwaar',
  mx: 'max', hooguitt: 'hooguit', hoogstns: 'hoogstens', kwartiertje: 'kwartier', halfuur: 'half uur', halfuurtje: 'half uur',
  cant: "can't", cannot: "can't", dont: "don't", wont: "won't",
};
/** Longer words a typo may hit ("nachtdiensen", "schooltijt", "kwartiertje"). */
const LONG_WORDS = ['nachtdienst', 'nachtdiensten', 'avonddienst', 'avonddiensten', 'schooltijd', 'schooltijden', 'ploegendienst', 'ploegendiensten', 'kwartier', 'minuten', 'overdag', 'sjouwen', 'reistijd', 'lichamelijk'];

const DAY_PART_WORD = /^(?:'?s[-']?)?(avonds|nachts|ochtends|morgens|middags)$/;
const MINUTES = /^(\d+)?(?:min(?:uutjes|uten|uut|s|\.)?|minutes?|mins?)$/;

/**
 * One typed word as the patterns read it: "nie" → "niet", "s" (before "nachts") → "'s", "savonds" →
 * "'s avonds", "20min" → "20 min", "nachtdiensen" → "nachtdiensten". Punctuation after it is kept.
 */
export function foldLimitWord(word: string, previous = '', next = ''): string {
  const bare = word.replace(/[,.;:!?)]+$/, '');
  const tail = word.slice(bare.length);
  const part = DAY_PART_WORD.exec(bare);
  if (part) return (/^'?s$/.test(previous) ? part[1] : `'s ${part[1]}`) + tail;
  if (bare === 's' && DAY_PART_WORD.test(next.replace(/[,.;:!?)]+$/, ''))) return "'s";
  const minutes = MINUTES.exec(bare);
  if (minutes) return `${minutes[1] ? `${minutes[1]} ` : ''}min${tail}`;
  const short = SHORT_FORMS[bare];
  if (short) return short + tail;
  const long = bare.length >= 7 ? closestWord(bare, LONG_WORDS) : undefined;
  return (long ?? bare) + tail;
}

/** A negation before a limit: "niet", "geen", "kan niet", "niks", "can't", "no". */
export const NEG = String.raw`(?:niet|geen|niks|niets|nooit|not|no|nothing|never|can't|don't|won't|unable\s+to|do\s+not|will\s+not)`;
/** A verb before the negation, kept in the phrase: "[kan] niet tillen", "[wil] geen nachtdiensten". */
export const MODAL = String.raw`(?:\b(?:kan|kun|mag|can|may)\s+)?`;
/** Words between a negation and what it is about: "niet [meer zo goed] tillen", "no [more] nights". */
export const FILL = String.raw`(?:\s+(?:meer|zo|goed|lang|langer|te|echt|eigenlijk|helemaal|ook|graag|liever|werken|doen|in|de|het|op|met|een|any|more|anymore|really|also|work|working|do|doing|at|the|please|mogelijk|zomaar))*`;

const HEAVY_THING = any('dingen', 'spullen', 'dozen', 'lasten', 'werk', 'werkzaamheden', 'arbeid', 'klussen', 'tillen', 'sjouwen', 'lichamelijk werk', 'fysiek werk', 'lichamelijke arbeid');
/** What "no heavy work" is about: lifting, carrying, heavy or physical work, long standing, bending. */
export const HEAVY_OBJECT = any(
  'tillen', 'sjouwen', 'bukken', 'knielen', 'tilwerk', 'sjouwwerk', `zwaar(?:s)?(?:\\s+${HEAVY_THING})?`, `zware(?:\\s+${HEAVY_THING})?`,
  'zwaar lichamelijk werk', '(?:lichamelijk|fysiek)\\s+(?:zwaar\\s+)?werk', '(?:lang|veel|de\\s+hele\\s+dag)\\s+staan', 'staand\\s+werk',
  'heavy(?:\\s+(?:lifting|work|stuff|things|physical\\s+work|loads|jobs?))?', 'lifting(?:\\s+heavy\\s+(?:things|stuff))?', 'lift(?:\\s+heavy\\s+(?:things|stuff))?',
  'carrying(?:\\s+heavy\\s+(?:things|stuff))?', 'physical(?:ly\\s+heavy)?\\s+work', 'manual\\s+(?:labou?r|work)', 'bending', 'standing\\s+(?:all\\s+day|for\\s+long)',
);
/** Nights and shifts: "'s nachts", "nachtdiensten", "in ploegen", "night shifts". */
export const NIGHT_OBJECT = any(
  "'s nachts", 'in\\s+de\\s+nacht', 'nachtdienst(?:en)?', 'nachtwerk', 'nachten', 'nachtwacht', 'nachtploeg(?:en)?', 'in\\s+(?:een\\s+|de\\s+)?ploegendienst(?:en)?', 'ploegendienst(?:en)?',
  'in\\s+ploegen', 'ploegen', 'onregelmatige\\s+(?:diensten|tijden|uren)', 'wisseldienst(?:en)?', 'night(?:s|\\s+shifts?|\\s+work|time)?', 'at\\s+night', 'shifts?', 'shift\\s+work', 'rotating\\s+shifts',
);
/** Evenings: "'s avonds", "avonddiensten", "late diensten", "evenings". */
export const EVENING_OBJECT = any(
  "'s avonds", 'in\\s+de\\s+avond(?:en)?', 'avonden', 'avond', 'avonddienst(?:en)?', 'avondwerk', 'late\\s+dienst(?:en)?', 'laat',
  'evenings?', 'in\\s+the\\s+evenings?', 'evening\\s+(?:shifts?|work)', 'late\\s+shifts?',
);
/** Weekends: no field of their own, kept as said. */
export const WEEKEND_OBJECT = any('weekend', 'weekenden', 'zaterdag(?:en)?', 'zondag(?:en)?', 'in\\s+het\\s+weekend', 'op\\s+(?:zaterdag|zondag)(?:en)?', 'weekends?', 'on\\s+weekends?', 'saturdays?', 'sundays?');

/** The objects a negation can range over in one list: "niet tillen, 's nachts of in ploegen" (weekends: see WEEKEND). */
const OBJECT = any(HEAVY_OBJECT, NIGHT_OBJECT, EVENING_OBJECT);
const LIST = String.raw`${OBJECT}(?:\s*(?:,|\/|\bof\b|\ben\b|\bor\b|\band\b|\bnoch\b)\s*(?:ook\s+|also\s+)?(?:(?:geen|niet|no|not)\s+)?${OBJECT})*`;
/** "niet meer zwaar tillen", "geen nachtdiensten of weekenden", "no lifting or nights", "kan niks zwaars". */
export const NEGATED_LIST = new RegExp(String.raw`${MODAL}\b${NEG}${FILL}\s+(?:(?:tegen|against)\s+)?${LIST}\b`, 'g');
/** "tillen gaat niet", "'s nachts kan ik niet", "nachtdiensten zijn geen optie", "lifting is not possible". */
export const NEGATED_AFTER = new RegExp(
  String.raw`(?<![a-z'])${LIST}\s+(?:(?:gaat|lukt|kan|mag|wil|is|zijn|doe|werk|is\s+voor\s+mij)\s+)?(?:ik\s+|me\s+|mij\s+)?(?:echt\s+|dus\s+|ook\s+)?` +
    String.raw`(?:niet(?:\s+meer)?(?!\s+(?:moeilijk|erg|zo\s+erg|lastig|zwaar|een\s+probleem|zo'?n\s+probleem|uit|alleen))|geen\s+optie|te\s+zwaar|lastig|moeilijk|is\s+out|not\s+possible|impossible|not\s+an\s+option|is\s+hard|are\s+hard|is\s+too\s+hard|not\s+anymore)\b`,
  'g',
);

/** "niet in het weekend", and "… of weekenden" right after a negated limit (see findLimits). */
export const WEEKEND = new RegExp(
  String.raw`${MODAL}\b${NEG}${FILL}\s+${WEEKEND_OBJECT}\b|(?<![a-z])${WEEKEND_OBJECT}\s+(?:ook\s+|also\s+)?(?:niet|not)\b` +
    String.raw`|(?<=\s\s)(?:,|\/|of|en|or|and|noch)\s*(?:ook\s+|also\s+)?(?:(?:geen|niet|no|not)\s+)?${WEEKEND_OBJECT}\b`,
);
/** The limit buttons ("Zwaar lichamelijk werk of tillen"), read like typed answers. */
export const HEAVY_BUTTON = /\bzwaar\s+lichamelijk\s+werk\s+of\s+tillen\b|\bheavy\s+physical\s+work\s+or\s+lifting\b/;
/** "alleen licht werk", "only light work": no heavy work said without a negation. */
export const LIGHT_WORK = /\b(?:alleen|enkel|liefst|only|just)?\s*(?:maar\s+)?(?:licht(?:e)?\s+(?:werk|werkzaamheden|arbeid|klussen)|light\s+(?:work|duties|jobs?|tasks))\b(?:\s+only)?/;

/** School hours: "onder schooltijd", "als de kinderen op school zijn", "while the kids are at school". */
const KIDS = any('kinderen', 'kids', 'kinders', 'kindjes', 'kind', 'zoon', 'dochter', 'children', 'child', 'kid', 'son', 'daughter', 'jongens', 'meiden');
export const SCHOOL = new RegExp(
  String.raw`\b(?:alleen\s+|enkel\s+|only\s+)?(?:(?:onder|tijdens|binnen|in)\s+(?:de\s+)?)?school(?:tijd|tijden|uren)\b` +
    String.raw`|\b(?:alleen\s+|enkel\s+)?(?:als|wanneer|terwijl|zolang)\s+(?:de|mijn|m'?n|me|onze)\s+${KIDS}\s+(?:op|in)\s+(?:de\s+)?school\s+(?:zijn|zit|zitten|is)\b` +
    String.raw`|\b(?:only\s+)?(?:while|when|whilst|as\s+long\s+as)\s+(?:the|my|our)\s+${KIDS}\s+(?:is|are|'re)\s+(?:at|in)\s+school\b` +
    String.raw`|\b(?:only\s+)?(?:during\s+)?school\s+(?:hours|times?)\b` +
    String.raw`|\b${KIDS}\s+(?:van|uit)\s+school\s+(?:halen|ophalen)\b|\b(?:pick\s+up|collect)\s+(?:the|my)\s+${KIDS}\s+from\s+school\b`,
);
/** Only by day: "alleen overdag", "alleen in de ochtend", "only mornings", "day shifts only". */
const DAY_PART = any(
  'overdag', 'tijdens\\s+de\\s+dag', '(?:in\\s+)?(?:de\\s+)?dagdienst(?:en)?', 'daguren', 'kantoortijden', 'kantooruren', "'s\\s+ochtends", "'s\\s+morgens", "'s\\s+middags",
  'in\\s+de\\s+(?:ochtend|morgen|middag)(?:en)?', 'ochtend(?:en|dienst(?:en)?)?', 'middag(?:en)?', 'vroege\\s+dienst(?:en)?', '(?:during\\s+the\\s+)?day(?:s|time|\\s+shifts?)?',
  '(?:in\\s+the\\s+)?mornings?', 'office\\s+hours', '9\\s*(?:to|-|tot)\\s*5',
);
export const DAYTIME = new RegExp(String.raw`\b(?:alleen|enkel|liefst\s+alleen|only|just)\s+(?:maar\s+)?${DAY_PART}\b|\b(?:daytime|day\s+shifts?|mornings?)\s+only\b`);
/** "overdag" alone: only where the question is about limits. */
export const DAYTIME_BARE = new RegExp(String.raw`(?:\b(?:wel|liefst|graag)\s+)?${any('overdag', 'tijdens\\s+de\\s+dag', 'dagdienst(?:en)?', 'daguren', 'kantoortijden', 'kantooruren', "'s\\s+(?:ochtends|morgens|middags)", 'in\\s+de\\s+(?:ochtend|morgen|middag)(?:en)?', 'ochtenden', 'middagen', 'ochtenddienst(?:en)?', 'during\\s+the\\s+day', 'daytime', 'day\\s+shifts?', 'in\\s+the\\s+mornings?', 'mornings', 'office\\s+hours')}\b`);

/** A clock range: "tussen 9 en 3", "van 8.30 tot 14.30", "9-15u", "between 9 and 3". */
export const CLOCK_RANGE = /(?<![\d/.:-])\b(?:(tussen|van|vanaf|between|from)\s+)?(\d{1,2})(?:[.:](\d{2}))?\s*(?:uur|u|am|h)?\s*(?:en|tot|-|and|to|till|until|t\/m)\s*(\d{1,2})(?:[.:](\d{2}))?(?![\d/.-]\d)\s*(uur|u|pm|h)?\b(?!\s*(?:uur\s+)?(?:per|p\/?w|pw|u\/w|in\s+de|a|in\s+the|uren|hours?|dagen|days?|jaar|years?|maanden|months?|weken|weeks?|keer|times|kinderen|euro|jan\w*|feb\w*|maart|march|apr\w*|mei|may|jun\w*|jul\w*|aug\w*|sep\w*|okt\w*|oct\w*|nov\w*|dec\w*)\b)/;

/** "tot 15:00", "until 14.30": the end of the working day (where limits are asked). */
export const UNTIL = /\b(?:alleen\s+|only\s+)?(?:tot|until|till)\s+(1[2-9]|2[0-3])(?:[.:](\d{2}))?\s*(?:uur|u)?\b(?![.:]?\d|\s*(?:uur\s+)?(?:per|p\/?w|in\s+de\s+week))/;
/** Children named with a time: school hours ("tot 15:00 ivm de kinderen"). */
export const KIDS_NAMED = new RegExp(String.raw`\b${KIDS}\b|\bschool\b`);

/** A travel time: "20 min", "een half uur", "een kwartier", "anderhalf uur", "1 uur". */
export const DURATION = String.raw`(?:(?:een|1|one|an|a)\s+)?(?:half\s*uur|half\s+an\s+hour|kwartier|quarter(?:\s+of\s+an\s+hour)?)|anderhalf\s+uur|an\s+hour\s+and\s+a\s+half|(?:drie|3)\s+kwartier` +
  String.raw`|\d{1,3}(?:[.,]\d{1,2})?\s*min\b|(?:vijf|tien|vijftien|twintig|vijfentwintig|dertig|veertig|vijfenveertig|zestig|five|ten|fifteen|twenty|twenty[- ]five|thirty|forty|forty[- ]five|sixty)\s+min\w*` +
  String.raw`|(?:\d(?:[.,]5)?|een|1|one|an|twee|2|two)\s*(?:uur|uren|u|hours?|hrs?|h)\b`;
/** Hours, not minutes: the travel question needs a travel word near it ("max 1 uur" may be hours a day). */
export const HOUR_UNIT = /^(?!.*(?:half|kwartier|quarter|anderhalf)).*\b(?:uur|uren|u|hours?|hrs?|h)\b/;
/** A cap: "max", "hooguit", "niet meer dan", "niet verder dan", "at most", "no more than". */
export const CAP = any(
  'max(?:imaal|imum)?\\.?', 'hooguit', 'hoogstens', 'ten\\s+hoogste', 'niet\\s+(?:meer|langer|verder)\\s+dan', 'binnen', 'at\\s+most', 'up\\s+to', 'within', 'tops',
  '(?:no|not)\\s+(?:more|longer|further|farther)\\s+than',
);
/** After a negation only: "can't travel more than", "wil niet langer dan". */
export const CAP_AFTER_NEG = any('meer\\s+dan', 'langer\\s+dan', 'verder\\s+dan', 'more\\s+than', 'longer\\s+than', 'further\\s+than', 'farther\\s+than');
/** Travel: "reizen", "fietsen", "met de bus", "ov", "commute", "by bike". */
export const TRAVEL_WORD = any(
  'reizen', 'reis', 'reistijd', 'rijden', 'fietsen', 'lopen', 'onderweg', 'enkele\\s+reis', 'heen', 'van\\s+huis', 'met\\s+(?:de|het)\\s+(?:bus|trein|auto|fiets|ov|openbaar\\s+vervoer|scooter)',
  'met\\s+(?:ov|openbaar\\s+vervoer)', 'ov', 'openbaar\\s+vervoer', 'bus', 'trein', 'auto', 'fiets', 'travel(?:l?ing)?', 'commut(?:e|ing)', 'drive', 'driving', 'cycl(?:e|ing)', 'bike', 'biking',
  'by\\s+(?:bus|train|car|bike)', 'on\\s+the\\s+road', 'one\\s+way', 'from\\s+home', 'away',
);
/** "niet ver reizen", "dicht bij huis", "close to home": near home without a time. */
export const NEAR_HOME = new RegExp(
  String.raw`${MODAL}\b${NEG}${FILL}\s+(?:te\s+)?ver(?:\s+weg)?(?:\s+(?:reizen|rijden|fietsen|weg))?\b|\b(?:dicht\s*bij|vlak\s+bij|dichtbij)\s+(?:huis|mijn\s+huis|de\s+deur)\b|\bin\s+de\s+buurt\s+(?:werken|blijven)\b` +
    String.raw`|\b(?:(?:niet|not|no)\s+(?:verder|further|farther|more)\s+(?:dan|than)|max(?:imaal)?|hooguit)\s+\d+\s*(?:km|kilometers?|miles?)\b` +
    String.raw`|\b(?:close\s+to|near)\s+(?:my\s+)?home\b|\b(?:not|no)\s+(?:travel(?:l?ing)?\s+)?far\b|\bcan't\s+travel\s+far\b|\bnearby\b`,
);

/** "ik kan wel tillen", "tillen is geen probleem", "nachten zijn prima": a limit that is not one. */
export const LIFTED_BEFORE = new RegExp(String.raw`\b(?:kan|kun|mag|can|could)\s+(?:ik\s+)?(?:wel|best|prima|goed|gewoon|ook|echt\s+wel)\s+(?:werken\s+|doen\s+)?(${OBJECT}|ver\s+reizen|reizen)\b|\bi\s+(?:can|am\s+able\s+to)\s+(?:still\s+)?(?:do\s+|work\s+)?(${OBJECT}|travel(?:\s+far)?)\b|\b(?:geen\s+probleem\s+met|no\s+problem\s+with|(?:i\s+)?(?:don't|do\s+not)\s+mind)\s+(${OBJECT}|reizen|travel(?:l?ing)?)\b`);
export const LIFTED_AFTER = new RegExp(String.raw`(?<![a-z'])(${OBJECT}|reizen|reistijd|afstand|travel(?:l?ing)?|distance)\s+(?:werken\s+)?(?:is|zijn|gaat|lukt|kan|are|is\s+also)\s+(?:wel\s+|ook\s+|gewoon\s+)?(?:geen\s+probleem|prima|goed|oke?|okay|fine|no\s+problem|wel|niet\s+erg|geen\s+punt|maakt\s+niet\s+uit)\b`);
