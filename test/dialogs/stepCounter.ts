// Drives a whole intake through the real bot and counts the distinct questions asked within each
// "Stap n van N" (issue 15: no step holds more than 5). The seeker answers by question: the bot's
// question is recognised from the question tables themselves (each question's own `ask`), so a new
// question is counted without touching this file. A question asked again (after a misunderstanding)
// is one question; a pick from search hits ("Welk beroep past het best?") is a question of its own.
import type { Activity } from 'botbuilder';
import { allIntakeQuestions } from '../../src/dialogs/intakeSteps';
import type { Matcher } from '../../src/dialogs/services';
import { textsFor, type Locale } from '../../src/texts';
import { Conversation, TODAY } from '../helpers/conversation';

/** An answer per question id; '#1' taps the first button. 'confirm' answers "Klopt dit?". */
export type Answers = Partial<Record<string, string>>;

export interface Seeker {
  name: string;
  locale?: Locale;
  answers: Answers;
}

export interface StepRecord {
  /** As shown: "Stap 2 van 7: je werk". */
  header: string;
  n: number;
  of: number;
  /** Distinct question ids asked in this step, in order. */
  questions: string[];
}

export interface IntakeRun {
  steps: StepRecord[];
  /** Every question id asked, in order (also those asked again). */
  asked: string[];
}

const MARK = '\u0001';
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Regexes that recognise each question by its text, in this language (the last message of its ask). */
export function questionPatterns(locale: Locale): [id: string, pattern: RegExp][] {
  const t = textsFor(locale);
  // Placeholders where a question's text quotes the seeker's words (a job, a wish).
  const answers = { jobs: [{ text: MARK }, { text: MARK }], candidatesFor: 0, interests: MARK, candidates: [], targetCandidates: [] };
  // Asking needs no matcher (only understanding does).
  const patterns: [string, RegExp][] = allIntakeQuestions({} as Matcher).map((question) => {
    const text = question.ask({ locale, t, now: TODAY, answers }).at(-1)!.text;
    return [question.id, new RegExp(`(^|\\n)${text.split(MARK).map(escape).join('[\\s\\S]*')}$`)];
  });
  // Texts shared by two questions (a pick for the last and the earlier job) are told apart by order.
  return [...patterns, ['confirm', new RegExp(`${escape(t.confirm.question)}$`)], ['consent', new RegExp(`${escape(t.consent.question)}$`)]];
}

function stepHeader(text: string, locale: Locale): { n: number; of: number; header: string } | undefined {
  const re = locale === 'en' ? /Step (\d+) of (\d+): [^\n]*/ : /Stap (\d+) van (\d+): [^\n]*/;
  const m = re.exec(text);
  return m ? { n: Number(m[1]), of: Number(m[2]), header: m[0] } : undefined;
}

function firstButton(replies: Partial<Activity>[]): string | undefined {
  const withButtons = replies.filter((r) => r.suggestedActions?.actions.length).at(-1);
  return withButtons?.suggestedActions?.actions.map((a) => String(a.title))[0];
}

/** Which question the bot's last message asks (the pick questions: by which job is being picked). */
function recognise(text: string, patterns: [string, RegExp][], asked: string[]): string | undefined {
  const hits = patterns.filter(([, re]) => re.test(text)).map(([id]) => id);
  if (hits.includes('pickOccupation') && hits.includes('pickEarlierOccupation')) {
    return asked.includes('earlierJob') ? 'pickEarlierOccupation' : 'pickOccupation';
  }
  return hits[0];
}

/**
 * Runs the seeker's intake from the first message to "Klopt dit?" answered, and returns the
 * questions per step. Throws when a question is not recognised or the intake does not end.
 */
export async function runIntake(conversation: Conversation, seeker: Seeker): Promise<IntakeRun> {
  const locale = seeker.locale ?? 'nl';
  const patterns = questionPatterns(locale);
  const steps: StepRecord[] = [];
  const asked: string[] = [];
  let replies = await conversation.say(locale === 'en' ? 'English please' : 'Ik zoek werk');
  if (locale === 'en') replies = await conversation.say('I am looking for work');
  for (let turn = 0; turn < 80; turn++) {
    const text = replies.map((r) => r.text ?? '').join('\n');
    for (const line of text.split('\n')) {
      const header = stepHeader(line, locale);
      if (header) steps.push({ ...header, questions: [] });
    }
    const last = replies.at(-1)?.text ?? '';
    const id = recognise(last, patterns, asked);
    if (!id) throw new Error(`${seeker.name}: no question recognised in:\n${text}`);
    const again = asked.at(-1) === id;
    asked.push(id);
    const step = steps.at(-1);
    if (step && id !== 'consent' && !step.questions.includes(id)) step.questions.push(id);
    if (id === 'confirm') {
      await conversation.say(seeker.answers.confirm ?? (locale === 'en' ? 'yes' : 'ja'));
      return { steps, asked };
    }
    // Not understood: the first button (or skip) moves on, as a seeker would.
    const planned = id === 'consent' ? (locale === 'en' ? 'yes' : 'ja') : seeker.answers[id] ?? DEFAULTS[locale][id];
    const answer = again ? '#1' : planned ?? '#1';
    replies = await conversation.say(answer === '#1' ? firstButton(replies) ?? (locale === 'en' ? 'skip' : 'sla over') : answer);
  }
  throw new Error(`${seeker.name}: the intake did not reach "Klopt dit?" in 80 turns (asked: ${asked.join(', ')})`);
}

/** What a seeker says to a question the persona does not decide. */
const DEFAULTS: Record<Locale, Answers> = {
  nl: {
    situation: 'bijstand', wiaType: 'gedeeltelijk', wwEnd: 'tot 1 september 2027', amount: '1200 euro',
    job: '10 jaar heftruckchauffeur', pickOccupation: '#1', earlierJob: 'nee', pickEarlierOccupation: '#1',
    education: 'vmbo', dutch: 'moedertaal', foreignDiploma: 'nee', age: '45', licence: 'ja',
    health: 'nee', limits: 'Zwaar lichamelijk werk of tillen', limitsMore: 'nee',
    direction: 'hetzelfde werk', interest: 'iets in de zorg', target: '#1', hours: '32 uur',
    postcode: '3511', travel: 'een half uur', start: 'zo snel mogelijk', training: 'ja', trainingMonths: 'tot een half jaar',
  },
  en: {
    situation: 'social assistance', wiaType: 'partly', wwEnd: 'until 1 September 2027', amount: '1200 euros',
    job: '10 years forklift driver', pickOccupation: '#1', earlierJob: 'no', pickEarlierOccupation: '#1',
    education: 'vmbo', dutch: 'a little', foreignDiploma: 'no', age: '45', licence: 'yes',
    health: 'no', limits: 'No heavy physical work or lifting', limitsMore: 'no',
    direction: 'the same work', interest: 'something in care', target: '#1', hours: '32 hours',
    postcode: '3511', travel: 'half an hour', start: 'as soon as possible', training: 'yes', trainingMonths: 'up to half a year',
  },
};
