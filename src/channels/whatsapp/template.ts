// WhatsApp message templates: the only thing a business may send outside the 24 hours after the
// seeker's last message (free text then fails with error 131047). The follow-up question is one:
// its text and three quick-reply buttons are approved at Meta (README: "Follow-up on WhatsApp");
// we fill in the provider and the subject, and give each button the payload that says which
// follow-up it answers. A template travels through the adapter as an activity with the template in
// its channelData: the transcript keeps the activity's text, the seeker gets the template.
import type { Activity } from 'botbuilder';
import { followUpPayload, OUTCOMES } from '../../followup/payload';

export interface TemplateParameter {
  type: 'text';
  text: string;
}

export type TemplateComponent =
  | { type: 'body'; parameters: TemplateParameter[] }
  | { type: 'button'; sub_type: 'quick_reply'; index: string; parameters: { type: 'payload'; payload: string }[] };

/** The `template` object of a Graph API message (type 'template'). */
export interface WhatsAppTemplate {
  name: string;
  language: { code: string };
  components: TemplateComponent[];
}

/** Which approved template to use (WHATSAPP_FOLLOW_UP_TEMPLATE, WHATSAPP_FOLLOW_UP_LANGUAGE). */
export interface TemplateChoice {
  name: string;
  language: string;
}

const CHANNEL_DATA_KEY = 'whatsappTemplate';
/** Meta refuses body parameters with newlines, tabs or more than four spaces in a row. */
const parameter = (text: string): TemplateParameter => ({ type: 'text', text: text.replace(/\s+/g, ' ').trim().slice(0, 200) });

/**
 * The follow-up template: body {{1}} = provider, {{2}} = subject; quick-reply buttons 0, 1, 2 =
 * done, not yet, failed, each with the payload `followup:<id>:<outcome>`.
 */
export function followUpTemplate(choice: TemplateChoice, row: { id: string; providerName: string; subject: string }): WhatsAppTemplate {
  return {
    name: choice.name,
    language: { code: choice.language },
    components: [
      { type: 'body', parameters: [parameter(row.providerName), parameter(row.subject)] },
      ...OUTCOMES.map((outcome, i) => ({ type: 'button' as const, sub_type: 'quick_reply' as const, index: String(i), parameters: [{ type: 'payload' as const, payload: followUpPayload(row.id, outcome) }] })),
    ],
  };
}

/** An activity that the WhatsApp adapter sends as this template; `text` is what the transcript keeps. */
export function templateActivity(template: WhatsAppTemplate, text: string, channelData: Record<string, unknown> = {}): Partial<Activity> {
  return { type: 'message', text, textFormat: 'plain', channelData: { ...channelData, [CHANNEL_DATA_KEY]: template } };
}

/** The template an outgoing activity carries, if any. */
export function templateOf(activity: Partial<Activity>): WhatsAppTemplate | undefined {
  const data = activity.channelData as Record<string, unknown> | undefined;
  const template = data?.[CHANNEL_DATA_KEY] as WhatsAppTemplate | undefined;
  return template && typeof template.name === 'string' ? template : undefined;
}
