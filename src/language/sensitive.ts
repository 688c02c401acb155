import { z } from 'zod';
import { plainText } from './normalize';

export const SensitiveKindSchema = z.enum(['crisis', 'violence', 'debt', 'homeless']);
export const SensitivePrioritySchema = z.enum(['urgent', 'high']);
export const SensitiveSignalSchema = z.object({
  kind: SensitiveKindSchema,
  priority: SensitivePrioritySchema,
});
export type SensitiveKind = z.infer<typeof SensitiveKindSchema>;
export type SensitiveSignal = z.infer<typeof SensitiveSignalSchema>;

interface Rule {
  kind: SensitiveKind;
  priority: SensitiveSignal['priority'];
  pattern: RegExp;
  /** When false, a message about one's work ("ik werkte bij ...") does not count. */
  evenInWorkContext: boolean;
}

// Patterns run on plain text: lowercase, no diacritics, no punctuation, "don't" → "dont".
const RULES: Rule[] = [
  {
    kind: 'crisis',
    priority: 'urgent',
    // Never suppressed: a false alarm costs a kind message with 113, a miss can cost a life.
    evenInWorkContext: true,
    pattern: /\b(zelfmoord|suicide|suicidaal|suicidale|zelfdoding|wil (ik )?(graag )?dood|wou dat ik dood was|was ik maar dood|dood willen|niet meer (willen )?leven|wil niet meer leven|geen zin meer (in|om te) leven|(er|het) (een )?eind(e)? aan (te )?(wil |willen |gaan )?maken|zie (het|t|ik het) (\w+ ){0,2}niet meer zitten|zie het leven niet meer zitten|leven heeft geen zin|heeft (allemaal )?geen zin meer|mezelf (van kant|iets aan|wat aan)|mijzelf (van kant|iets aan|wat aan)|mezelf (iets )?aandoen|mijzelf (iets )?aandoen|zelfbeschadiging|mezelf snijden|kill myself|killing myself|want to die|wanna die|end my life|end it all|take my (own )?life|dont want to live|do not want to live|no reason to live|suicidal|self harm|hurt myself)\b/,
  },
  {
    kind: 'violence',
    priority: 'urgent',
    evenInWorkContext: false,
    pattern: /\b(ik ben (nu )?in gevaar|ik ben niet veilig|niet veilig thuis|hij (gaat|wil) me vermoorden|zij (gaat|wil) me vermoorden|bang dat hij me|bang dat ze me|i am in danger|im in danger|not safe at home|going to kill me)\b/,
  },
  {
    kind: 'violence',
    priority: 'high',
    evenInWorkContext: false,
    pattern: /\b(huiselijk geweld|geweld thuis|(hij|zij|ze|mijn (man|vrouw|vriend|vriendin|partner|ex|vader|moeder)) (slaat|schopt|mishandelt|bedreigt|slaat en schopt) (me|mij)|word (steeds |vaak )?(geslagen|mishandeld|bedreigd)|ben (geslagen|mishandeld|bedreigd)|(ik|we|wij) (word|worden) (bedreigd|geslagen|mishandeld)|mishandeling|bedreigd|bang voor (hem|haar|mijn (man|vrouw|vriend|vriendin|partner|ex))|domestic violence|domestic abuse|(he|she) (hits|beats|threatens) me|being (abused|threatened|beaten)|i am (abused|threatened)|im (abused|threatened))\b/,
  },
  {
    kind: 'debt',
    priority: 'high',
    evenInWorkContext: false,
    pattern: /\b(schulden|schuld bij|deurwaarder|deurwaarders|incasso(bureau)?|beslag op (mijn|ons) (loon|uitkering|rekening)|loonbeslag|beslaglegging|huurachterstand|achterstand met (de )?(huur|energie|zorgverzekering)|(kan|kunnen) (de|mijn|onze) (huur|rekeningen|energierekening|zorgverzekering) niet (meer )?betalen|(huur|rekeningen) niet (meer )?(kan|kunnen) betalen|geen geld (meer )?voor (eten|de huur|boodschappen)|voedselbank|afgesloten van (gas|stroom|energie|water)|in (the )?debt|debts|debt collector|bailiff|cant pay (the|my) rent|cannot pay (the|my) rent|cant pay my bills|behind on (the |my )?rent)\b/,
  },
  {
    kind: 'homeless',
    priority: 'high',
    evenInWorkContext: false,
    pattern: /\b(dakloos|dakloze|geen (huis|woning|woonplek|dak boven (mijn|mn) hoofd)|slaap (op straat|in (mijn|de) auto|bij vrienden)|op straat (gezet|staan|beland)|uit huis gezet|huisuitzetting|ontruiming|homeless|sleeping rough|evicted|no place to (live|stay)|nowhere to (live|sleep|stay))\b/,
  },
];

// Talking about one's job or training, not one's own situation.
const WORK_CONTEXT = /\b(geholpen|begeleid|hielp|helped|ondersteund|werk|werkte|werkten|gewerkt|werkzaam|baan|functie|vacature|stage|opleiding|cursus|vrijwilliger|vrijwilligerswerk|collega|collegas|klanten|clienten|cliënten|als|worked|work|job|volunteer|internship|as an?)\b/;
// First-person signs that it is about the seeker after all ("ik heb zelf ook schulden").
const PERSONAL = /\b(ik heb|heb ik|ik zit|ik kan|mijn|mn|wij hebben|we hebben|ons|zelf|i have|i owe|my|we have|help me|helpen)\b/;

/**
 * Signals that need a person or an emergency number before anything else: crisis (suicidal
 * words, always urgent: the bot shows 113 / 0800-0113 at once), violence (urgent when the
 * seeker says they are in danger now, else high), debt and homelessness (high). The most
 * severe signal wins. Debt, violence and homelessness are not raised when the message is
 * about the seeker's work ("ik werkte bij de schuldhulpverlening", "ik heb als deurwaarder
 * gewerkt") unless it also speaks about themselves ("mijn schulden"). Crisis is never
 * suppressed.
 */
export function detectSensitive(text: string): SensitiveSignal | undefined {
  const plain = plainText(text);
  if (plain === '') return undefined;
  const aboutWork = WORK_CONTEXT.test(plain);
  for (const rule of RULES) {
    const m = rule.pattern.exec(plain);
    if (!m) continue;
    if (!rule.evenInWorkContext && aboutWork) {
      const others = plain.slice(0, m.index) + ' ' + plain.slice(m.index + m[0].length);
      if (!PERSONAL.test(others) || /\b(ik|i) (heb|have) .{0,30}(gewerkt|worked|geholpen|helped|begeleid)\b/.test(plain)) continue;
    }
    return { kind: rule.kind, priority: rule.priority };
  }
  return undefined;
}
