// What the follow-up dialogs need from the layers below (issue 18): part of the follow-up store
// (src/followup/ports.ts, implemented in src/db/followUpStore.ts), what a follow-up is about, and
// the answer a channel's button brings (see /work/coord/followup-activity.md: text = the button's
// title, value = { followUp, outcome }).
import { z } from 'zod';
import { ScheduleInputSchema, type FollowUpStore } from '../followup/ports';

/** What a referral or introduction is about, as the follow-up stores it. */
export const FollowUpSubjectSchema = ScheduleInputSchema.pick({ referralType: true, subjectId: true, subject: true, providerName: true, providerId: true, regionId: true });
export type FollowUpSubject = z.infer<typeof FollowUpSubjectSchema>;

/** A follow-up answered with a button (WhatsApp template quick reply, Teams card): one schema, src/followup/payload.ts. */
export { FollowUpValueSchema, type FollowUpValue } from '../followup/payload';

export type FollowUpPort = Pick<FollowUpStore, 'schedule' | 'forSubject' | 'get' | 'dueForSeeker' | 'markAsked' | 'answer' | 'reschedule' | 'postpone'>;

export const DAY_MS = 86_400_000;
/** "Nog niet": asked once more, this much later. */
export const AGAIN_AFTER_DAYS = 14;
/** "Weet ik niet": asked again this much later. */
export const LATER_AFTER_DAYS = 7;
