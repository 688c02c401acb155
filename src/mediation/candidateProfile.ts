// A stored seeker profile (any version) as the matching profile the ranking needs. The same reading
// as the console (readStoredProfile) and the same mapping as the intake (toProfileInput), so a
// candidate is matched on what the seeker told, never on a guess.
import { toProfileInput } from '../dialogs/intakeAnswers';
import { ProfileSchema, type Profile } from '../matching/profile';
import { readStoredProfile } from '../matching/readStoredProfile';

/** undefined when the stored data is not a profile the matching can use. */
export function matchingProfileOf(stored: unknown): Profile | undefined {
  const read = readStoredProfile(stored);
  if (!read) return undefined;
  const parsed = ProfileSchema.safeParse(toProfileInput(read.profile.answers));
  return parsed.success ? parsed.data : undefined;
}
