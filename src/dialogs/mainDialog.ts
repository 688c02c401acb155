// The front door: greet, say what Werkloket does, and offer the main routes as buttons.
import { ComponentDialog, ChoicePrompt, ListStyle, WaterfallDialog, type WaterfallStepContext, type DialogTurnResult, type FoundChoice, type Choice, type PromptValidatorContext } from 'botbuilder-dialogs';
import type { Locale, Texts } from '../texts';
import { regionTexts } from '../texts/region';
import { soundsLikeEmployer, soundsLikeSeeker } from './menuIntent';
import { regionOfTurn } from './region';
import { turnOf } from './turn';

export const MAIN_DIALOG = 'main';
const MENU_PROMPT = 'menuPrompt';
const FLOW = 'mainFlow';

type MenuKey = keyof Texts['menu'];
const MENU_KEYS: MenuKey[] = ['work', 'employer', 'question', 'human'];
/** What the menu returns: a route, or 'english' to switch language. */
export type MenuChoice = MenuKey | 'english';

/** Words people type instead of pressing a button (Dutch and English). */
const SYNONYMS: Record<MenuKey, string[]> = {
  work: ['werk', 'werk zoeken', 'baan', 'vacature zoeken', 'work', 'job', 'find work'],
  employer: ['werkgever', 'personeel', 'ik zoek personeel', 'wij hebben een vacature', 'employer', 'staff'],
  question: ['vraag', 'informatie', 'question', 'info'],
  human: ['mens', 'medewerker', 'adviseur', 'human', 'person', 'advisor'],
};

export interface MainOptions {
  /** Coming back to the menu: skip the welcome. */
  again?: boolean;
  /** The root has dialogs for the employer and question routes, which say their own intro. */
  routesSpeak?: boolean;
}

/**
 * "wij hebben een vacature" is an employer, even where the word matching found "werk"; "ik zoek
 * een vacature" is a seeker, even where it found nothing.
 */
async function employerFirst(prompt: PromptValidatorContext<FoundChoice>): Promise<boolean> {
  const text = prompt.context.activity.text ?? '';
  if (soundsLikeEmployer(text)) {
    prompt.recognized.succeeded = true;
    prompt.recognized.value = { value: 'employer', index: 1, score: 1 };
  } else if (!prompt.recognized.succeeded && soundsLikeSeeker(text)) {
    prompt.recognized.succeeded = true;
    prompt.recognized.value = { value: 'work', index: 0, score: 1 };
  }
  return prompt.recognized.succeeded;
}

export class MainDialog extends ComponentDialog {
  constructor() {
    super(MAIN_DIALOG);
    this.addDialog(new ChoicePrompt(MENU_PROMPT, employerFirst, 'nl-nl'));
    this.addDialog(new WaterfallDialog(FLOW, [this.greet.bind(this), this.answer.bind(this)]));
    this.initialDialogId = FLOW;
  }

  private async greet(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const { t, locale } = turnOf(step.context);
    // Back at the menu from a route (e.g. the questions): no second welcome.
    if (!(step.options as MainOptions | undefined)?.again) for (const line of welcome(step.context, t, locale)) await step.context.sendActivity(line);
    return step.prompt(MENU_PROMPT, {
      prompt: t.menuQuestion,
      retryPrompt: t.menuRetry,
      choices: menuChoices(t, locale),
      style: ListStyle.suggestedAction,
    });
  }

  private async answer(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const { t } = turnOf(step.context);
    const key = (step.result as FoundChoice).value as MenuChoice;
    // The root dialog takes these routes further (language switch, handoff to a person).
    if (key === 'english' || key === 'human') return step.endDialog(key);
    // The employer and question routes introduce themselves (src/dialogs/employerDialog.ts, questionDialog.ts).
    if ((key === 'employer' || key === 'question') && (step.options as MainOptions | undefined)?.routesSpeak) return step.endDialog(key);
    for (const line of t.menuAnswers[key]) await step.context.sendActivity(line);
    return step.endDialog(key);
  }
}

/** The welcome, naming the region's organisation when the website's host or the configuration chose it. */
function welcome(context: WaterfallStepContext['context'], t: Texts, locale: Locale): readonly string[] {
  const region = regionOfTurn(context);
  if (!region?.named) return t.welcome;
  const [, ...rest] = t.welcome;
  return [regionTexts(locale).whoAmI(region.organisationName), ...rest];
}

function menuChoices(t: Texts, locale: Locale): Choice[] {
  const routes: Choice[] = MENU_KEYS.map((key) => ({ value: key, action: { type: 'imBack', title: t.menu[key], value: t.menu[key] }, synonyms: [t.menu[key], ...SYNONYMS[key]] }));
  // Offered while the conversation is in Dutch: one button switches to English.
  return locale === 'nl' ? [...routes, { value: 'english', action: { type: 'imBack', title: t.language.english, value: t.language.english }, synonyms: ['english', 'engels'] }] : routes;
}
